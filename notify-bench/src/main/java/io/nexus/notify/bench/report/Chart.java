package io.nexus.notify.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * The table as two grouped bar charts in one PNG (XChart), ns/op with the floor and the ratios,
 * on logarithmic axes (figures span nanoseconds to milliseconds); a missing figure is a gap.
 */
final class Chart {

    private Chart() {
    }

    /** Writes the chart; returns {@code false}, writing nothing, if no row has a figure. */
    static boolean write(Table table, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        final List<String> withFloor = new ArrayList<>(table.subjects);
        withFloor.add("floor");
        final List<CategoryChart> charts = new ArrayList<>();
        add(charts, table, "notify: ns/op by operation", "ns/op", withFloor,
            (l, s) -> s.equals("floor") ? l.floor() : l.value(s));
        add(charts, table, "ratio to the row's floor or best peer (lower is better)", "ratio",
            table.subjects, (l, s) -> l.value(s) / l.basis());
        if (!charts.isEmpty()) {
            BitmapEncoder.saveBitmap(charts, charts.size(), 1, file.toString(),
                BitmapEncoder.BitmapFormat.PNG);
        }
        return !charts.isEmpty();
    }

    /** Adds a chart of one series per name, unless it would have no bar. */
    private static void add(List<CategoryChart> charts, Table table, String title, String unit,
            List<String> series, ToDoubleBiFunction<Table.Line, String> figure) {
        final List<Table.Line> lines = table.lines.stream()
            .filter(l -> series.stream().anyMatch(s -> drawable(figure.applyAsDouble(l, s))))
            .toList();
        if (lines.isEmpty()) {
            return;
        }
        final CategoryChart chart = new CategoryChartBuilder().width(1600).height(700)
            .title(title).yAxisTitle(unit + " (log scale)").build();
        for (String s : series) {
            final List<Double> values = lines.stream().map(l -> figure.applyAsDouble(l, s))
                .map(v -> drawable(v) ? v : null).toList();
            if (values.stream().anyMatch(v -> v != null)) {
                chart.addSeries(s, lines.stream().map(l -> l.row().label()).toList(), values);
            }
        }
        final double min = lines.stream()
            .flatMapToDouble(l -> series.stream().mapToDouble(s -> figure.applyAsDouble(l, s)))
            .filter(Chart::drawable).min().orElseThrow();
        final CategoryStyler styler = chart.getStyler();
        styler.setYAxisLogarithmic(true);
        // A bar chart's axis starts at 0 unless told otherwise, which a log axis cannot show.
        styler.setYAxisMin(Math.pow(10, Math.floor(Math.log10(min))));
        styler.setXAxisLabelRotation(20);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        charts.add(chart);
    }

    /** A log axis shows only positive, finite figures. */
    private static boolean drawable(double v) {
        return v > 0 && Double.isFinite(v);
    }
}
