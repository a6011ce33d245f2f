package io.nexus.notify.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Draws the table with XChart as two grouped bar charts in one PNG: the ns/op of each subject
 * and of the floor, and each subject's ratio. Both axes are logarithmic, since figures span
 * nanoseconds to milliseconds; a missing figure leaves a gap.
 */
final class Chart {

    private Chart() {
    }

    /** Writes the chart; returns {@code false}, writing nothing, if no row has a figure. */
    static boolean write(Table table, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        final CategoryChart ns = chart(table, "notify: ns/op by operation", "ns/op", true,
            Table.Line::value);
        final CategoryChart ratios = chart(table, "ratio to the row's floor, named subject or"
            + " best peer (lower is better)", "ratio", false, (l, s) -> l.value(s) / l.basis());
        if (ns == null) {
            return false;
        }
        final List<CategoryChart> charts = ratios == null ? List.of(ns) : List.of(ns, ratios);
        BitmapEncoder.saveBitmap(charts, charts.size(), 1, file.toString(),
            BitmapEncoder.BitmapFormat.PNG);
        return true;
    }

    /** A chart of one series per subject (and the floor), or {@code null} if it has no bar. */
    private static CategoryChart chart(Table table, String title, String unit, boolean floor,
            ToDoubleBiFunction<Table.Line, String> figure) {
        final List<String> series = new ArrayList<>(table.subjects);
        if (floor) {
            series.add("floor");
        }
        final ToDoubleBiFunction<Table.Line, String> f = (l, s) -> s.equals("floor") && floor
            ? l.floor() : figure.applyAsDouble(l, s);
        final List<Table.Line> lines = table.lines.stream()
            .filter(l -> series.stream().anyMatch(s -> drawable(f.applyAsDouble(l, s)))).toList();
        final CategoryChart chart = new CategoryChartBuilder().width(1600).height(700)
            .title(title).yAxisTitle(unit + " (log scale)").build();
        double min = Double.POSITIVE_INFINITY;
        for (String s : series) {
            final List<Double> values = lines.stream().map(l -> f.applyAsDouble(l, s))
                .map(v -> drawable(v) ? v : null).toList();
            if (values.stream().anyMatch(v -> v != null)) {
                chart.addSeries(s, lines.stream().map(l -> l.row().label()).toList(), values);
                min = Math.min(min, values.stream().filter(v -> v != null)
                    .mapToDouble(Double::doubleValue).min().getAsDouble());
            }
        }
        if (chart.getSeriesMap().isEmpty()) {
            return null;
        }
        chart.getStyler().setYAxisLogarithmic(true);
        // A bar chart's axis starts at 0 unless told otherwise, which a log axis cannot show.
        chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(min))));
        chart.getStyler().setXAxisLabelRotation(20);
        chart.getStyler().setAvailableSpaceFill(0.85);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        return chart;
    }

    /** A log axis shows only positive, finite figures. */
    private static boolean drawable(double v) {
        return v > 0 && Double.isFinite(v);
    }
}
