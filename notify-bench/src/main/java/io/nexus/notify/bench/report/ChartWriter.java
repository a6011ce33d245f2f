package io.nexus.notify.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Draws a {@link ComparisonTable} with XChart as two grouped bar charts, one above the other:
 * ns/op of each subject and of the floor, and each subject's ratio to the row's floor or best
 * peer. Both axes are logarithmic, since figures span nanoseconds to microseconds; a missing
 * figure leaves a gap.
 */
public final class ChartWriter {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 700;

    private ChartWriter() {
    }

    /**
     * Builds both charts.
     *
     * @param table the table
     * @param title the title of the first chart
     * @return the ns/op chart, then the ratio chart if any row has a ratio; empty if the table
     *     has no figure at all
     */
    public static List<CategoryChart> charts(ComparisonTable table, String title) {
        final Map<String, ToDoubleBiFunction<ComparisonTable.Row, String>> ns = new LinkedHashMap<>();
        for (String subject : table.subjects()) {
            ns.put(subject, ComparisonTable.Row::value);
        }
        ns.put(TableRenderer.FLOOR, (row, s) -> row.floor());
        final Map<String, ToDoubleBiFunction<ComparisonTable.Row, String>> ratios = new LinkedHashMap<>();
        for (String subject : table.subjects()) {
            ratios.put(subject, ComparisonTable.Row::ratio);
        }
        final List<CategoryChart> charts = new ArrayList<>();
        chart(table, title, "ns/op (log scale)", ns, charts);
        chart(table, "ratio to the row's floor, named subject or best peer (lower is better)",
            "ratio (log scale)", ratios, charts);
        return charts;
    }

    /**
     * Draws the charts and writes them as one PNG file.
     *
     * @param table the table
     * @param title the title of the first chart
     * @param file  the PNG file to write
     * @return {@code false} if there was nothing to draw (no file is written)
     * @throws IOException if the file cannot be written
     */
    public static boolean writePng(ComparisonTable table, String title, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        final List<CategoryChart> charts = charts(table, title);
        if (charts.isEmpty()) {
            return false;
        }
        BitmapEncoder.saveBitmap(charts, charts.size(), 1, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        return true;
    }

    /** Adds a chart of the given series to {@code charts}, unless it would have no bar. */
    private static void chart(ComparisonTable table, String title, String yTitle,
            Map<String, ToDoubleBiFunction<ComparisonTable.Row, String>> series,
            List<CategoryChart> charts) {
        final List<ComparisonTable.Row> rows = new ArrayList<>();
        for (ComparisonTable.Row row : table.rows()) {
            boolean any = false;
            for (Map.Entry<String, ToDoubleBiFunction<ComparisonTable.Row, String>> s : series.entrySet()) {
                any |= drawable(s.getValue().applyAsDouble(row, s.getKey()));
            }
            if (any) {
                rows.add(row);
            }
        }
        final List<String> labels = new ArrayList<>();
        for (ComparisonTable.Row row : rows) {
            labels.add(row.label());
        }
        final Map<String, List<Double>> data = new LinkedHashMap<>();
        double min = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, ToDoubleBiFunction<ComparisonTable.Row, String>> s : series.entrySet()) {
            final List<Double> values = new ArrayList<>();
            boolean any = false;
            for (ComparisonTable.Row row : rows) {
                final double v = s.getValue().applyAsDouble(row, s.getKey());
                if (drawable(v)) {
                    values.add(v);
                    min = Math.min(min, v);
                    any = true;
                } else {
                    values.add(null);
                }
            }
            if (any) {
                data.put(s.getKey(), values);
            }
        }
        if (data.isEmpty()) {
            return;
        }
        final CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
            .title(title).yAxisTitle(yTitle).build();
        final Styler styler = chart.getStyler();
        chart.getStyler().setYAxisLogarithmic(true);
        // A bar chart's axis starts at 0 unless told otherwise, which a log axis cannot show.
        chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(min))));
        chart.getStyler().setXAxisLabelRotation(20);
        chart.getStyler().setAvailableSpaceFill(0.85);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        data.forEach((name, values) -> chart.addSeries(name, labels, values));
        charts.add(chart);
    }

    /** A log axis shows only positive, finite figures; others leave a gap. */
    private static boolean drawable(double v) {
        return v > 0 && !Double.isInfinite(v);
    }
}
