package io.nexus.notify.bench.report;

import io.nexus.notify.bench.peer.Subjects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The comparison: one line per row of the {@link Row#catalog catalog} that has a figure, one
 * column per subject (backends first, then peers), the floor and the load. A cell reads
 * {@code 12.3 (1.05x)}: the figure in ns/op, then its ratio to the row's floor, to the
 * subject the row names, or else to the best peer of the row.
 */
final class Table {

    /** One row's figures. */
    record Line(Row row, Map<String, Double> values, Map<String, Double> errors, double floor,
            double basis) {

        double value(String subject) {
            return values.getOrDefault(subject, Double.NaN);
        }

        double error(String subject) {
            return errors.getOrDefault(subject, Double.NaN);
        }
    }

    final List<String> subjects;
    final List<Line> lines;

    private Table(List<String> subjects, List<Line> lines) {
        this.subjects = subjects;
        this.lines = lines;
    }

    /** Builds the table of a run's results. */
    static Table of(List<Result> results) {
        final Set<String> subjects = new LinkedHashSet<>();
        results.stream().map(Result::subject)
            .filter(s -> s != null && !Subjects.isPeer(s)).forEach(subjects::add);
        Subjects.peers().stream().filter(p -> results.stream().anyMatch(r -> p.equals(r.subject())))
            .forEach(subjects::add);
        final List<Line> lines = new ArrayList<>();
        for (Row row : Row.catalog(results)) {
            final Map<String, Double> values = new LinkedHashMap<>();
            final Map<String, Double> errors = new LinkedHashMap<>();
            double floor = Double.NaN;
            for (Result r : results) {
                if (r.subject() != null && row.figure().matches(r)) {
                    values.put(r.subject(), row.figure().value(r));
                    errors.put(r.subject(), row.figure().error(r));
                } else if (r.subject() == null && row.floor() != null && row.floor().matches(r)) {
                    floor = row.floor().value(r);
                }
            }
            if (values.isEmpty() && Double.isNaN(floor)) {
                continue;
            }
            double basis = row.basis() != null ? values.getOrDefault(row.basis(), Double.NaN)
                : floor;
            if (row.basis() == null && row.floor() == null) {
                basis = Subjects.peers().stream().filter(values::containsKey)
                    .mapToDouble(values::get).min().orElse(Double.NaN);
            }
            lines.add(new Line(row, values, errors, floor, basis));
        }
        return new Table(List.copyOf(subjects), lines);
    }

    /** Finds the line of a row label, or {@code null}. */
    Line line(String label) {
        return lines.stream().filter(l -> l.row().label().equals(label)).findFirst().orElse(null);
    }

    /** The cells: a header, then one line per row. */
    List<String[]> cells() {
        final List<String[]> cells = new ArrayList<>();
        final List<String> header = new ArrayList<>(List.of("operation (ns/op)", "load"));
        header.addAll(subjects);
        header.add("floor");
        cells.add(header.toArray(new String[0]));
        for (Line l : lines) {
            final List<String> cell = new ArrayList<>(List.of(l.row().label(),
                l.row().load().toString()));
            for (String s : subjects) {
                final double v = l.value(s);
                final double ratio = v / l.basis();
                cell.add(Double.isNaN(v) ? "-" : Double.isFinite(ratio)
                    ? number(v) + String.format(Locale.ROOT, " (%.2fx)", ratio) : number(v));
            }
            cell.add(Double.isNaN(l.floor()) ? "-" : number(l.floor()) + " " + l.row().floorLabel());
            cells.add(cell.toArray(new String[0]));
        }
        return cells;
    }

    static final String LEGEND = "Cells: ns/op (ratio). The ratio divides by the row's floor where"
        + " it has one, by the subject its label names (\"vs builtin\"), else by the best peer in"
        + " the row; lower is better. Round trips: sampled p50 and p99, and the median of the"
        + " average-time iterations; other rows: the median of the iterations.\n";

    /** Formats a figure with three significant digits (at least two decimals below 10). */
    static String number(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    /**
     * Lays out cells as a Markdown table, which also reads as aligned text on a terminal: the
     * first two columns left-aligned, the others right-aligned.
     */
    static String markdown(List<String[]> cells) {
        final int columns = cells.get(0).length;
        final int[] width = new int[columns];
        for (String[] line : cells) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(Math.max(width[c], line[c].length()), 3);
            }
        }
        final StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            sb.append('|');
            for (int c = 0; c < columns; c++) {
                final String pad = " ".repeat(width[c] - cells.get(i)[c].length());
                sb.append(' ').append(c < 2 ? cells.get(i)[c] + pad : pad + cells.get(i)[c])
                    .append(" |");
            }
            sb.append('\n');
            if (i == 0) {
                sb.append('|');
                for (int c = 0; c < columns; c++) {
                    sb.append(c < 2 ? "-".repeat(width[c] + 2) : "-".repeat(width[c] + 1) + ":")
                        .append('|');
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Tells how a figure compares with another, by JMH's error intervals.
     *
     * @return {@code slower} or {@code faster} when the intervals (figure &plusmn; error) do not
     *     overlap, {@code ~} when they do, {@code ?} when either figure has no interval
     */
    static String verdict(double value, double error, double other, double otherError) {
        if (!Double.isFinite(error) || !Double.isFinite(otherError)) {
            return "?";
        }
        return value - error > other + otherError ? "slower"
            : value + error < other - otherError ? "faster" : "~";
    }
}
