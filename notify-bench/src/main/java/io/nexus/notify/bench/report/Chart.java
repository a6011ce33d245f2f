package io.nexus.notify.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Draws the table with XChart as two grouped bar charts in one PNG, one above the other: the
 * ns/op of each subject and of the floor, and each subject's ratio. Both axes are logarithmic,
 * since figures span nanoseconds to milliseconds; a missing figure leaves a gap.
 */
final class Chart {

    private Chart() {
    }

    /** Writes the chart; returns {@code false}, writing nothing, if no row has a figure. */
    static boolean write(Table table, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        final Map<String, BiFunction<Table.Line, String, Double>> ns = new LinkedHashMap<>();
        final Map<String, BiFunction<Table.Line, String, Double>> ratios = new LinkedHashMap<>();
        for (String s : table.subjects) {
            ns.put(s, Table.Line::value);
            ratios.put(s, (l, subject) -> l.value(subject) / l.basis());
        }
        ns.put("floor", (l, s) -> l.floor());
        final List<CategoryChart> charts = new ArrayList<>();
        chart(table, "notify: ns/op by operation", "ns/op (log scale)", ns, charts);
        chart(table, "ratio to the row's floor, named subject or best peer (lower is better)",
            "ratio (log scale)", ratios, charts);
        if (charts.isEmpty()) {
            return false;
        }
        BitmapEncoder.saveBitmap(charts, charts.size(), 1, file.toString(),
            BitmapEncoder.BitmapFormat.PNG);
        return true;
    }

    private static void chart(Table table, String title, String yTitle,
            Map<String, BiFunction<Table.Line, String, Double>> series, List<CategoryChart> out) {
        final List<Table.Line> lines = table.lines.stream().filter(l -> series.entrySet().stream()
            .anyMatch(s -> drawable(s.getValue().apply(l, s.getKey())))).toList();
        final List<String> labels = lines.stream().map(l -> l.row().label()).toList();
        final CategoryChart chart = new CategoryChartBuilder().width(1600).height(700)
            .title(title).yAxisTitle(yTitle).build();
        double min = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, BiFunction<Table.Line, String, Double>> s : series.entrySet()) {
            final List<Double> values = new ArrayList<>();
            for (Table.Line l : lines) {
                final double v = s.getValue().apply(l, s.getKey());
                values.add(drawable(v) ? v : null);
                min = drawable(v) ? Math.min(min, v) : min;
            }
            if (values.stream().anyMatch(v -> v != null)) {
                chart.addSeries(s.getKey(), labels, values);
            }
        }
        if (chart.getSeriesMap().isEmpty()) {
            return;
        }
        final Styler styler = chart.getStyler();
        chart.getStyler().setYAxisLogarithmic(true);
        // A bar chart's axis starts at 0 unless told otherwise, which a log axis cannot show.
        chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(min))));
        chart.getStyler().setXAxisLabelRotation(20);
        chart.getStyler().setAvailableSpaceFill(0.85);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        out.add(chart);
    }

    /** A log axis shows only positive, finite figures. */
    private static boolean drawable(double v) {
        return v > 0 && Double.isFinite(v);
    }
}
