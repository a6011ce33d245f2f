package io.nexus.notify.bench.report;

import io.nexus.notify.bench.peer.Subjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The comparison: a line per row of the {@link Row#catalog catalog} with a figure, a column per
 * subject (backends, then peers) and the floor; a cell is ns/op and the ratio to the floor or
 * else to the best peer, for example {@code 12.3 (1.05x)}.
 */
final class Table {

    /** One row's figures and errors by subject, its floor and what its ratios divide by. */
    record Line(Row row, Map<String, Double> values, Map<String, Double> errors, double floor,
            double basis) {

        double value(String subject) {
            return values.getOrDefault(subject, Double.NaN);
        }

        double error(String subject) {
            return errors.getOrDefault(subject, Double.NaN);
        }
    }

    static final String LEGEND = "Cells: ns/op (ratio to the row's floor, else to its best peer;"
        + " lower is better): the median of the iterations, or for round trips also the sampled"
        + " p50 and p99.\n";

    final List<String> subjects;
    final List<Line> lines = new ArrayList<>();

    /** Builds the table of a run's results. */
    Table(List<Result> results) {
        final Stream<String> backends = results.stream().map(Result::subject)
            .filter(s -> s != null && !Subjects.isPeer(s));
        final Stream<String> peers = Subjects.peers().stream()
            .filter(p -> results.stream().anyMatch(r -> p.equals(r.subject())));
        subjects = Stream.concat(backends, peers).distinct().toList();
        for (Row row : Row.catalog(results)) {
            final Map<String, Double> values = new TreeMap<>();
            final Map<String, Double> errors = new TreeMap<>();
            double floor = Double.NaN;
            for (Result r : results) {
                if (r.subject() != null && row.figure().matches(r)) {
                    values.put(r.subject(), row.figure().value(r));
                    errors.put(r.subject(), row.figure().error(r));
                } else if (r.subject() == null && row.floor() != null && row.floor().matches(r)) {
                    floor = row.floor().value(r);
                }
            }
            final double basis = row.floor() != null ? floor : Subjects.peers().stream()
                .filter(values::containsKey).mapToDouble(values::get).min().orElse(Double.NaN);
            if (!values.isEmpty() || !Double.isNaN(floor)) {
                lines.add(new Line(row, values, errors, floor, basis));
            }
        }
    }

    /** The cells: a header, then one line per row. */
    List<String[]> cells() {
        final List<String[]> cells = new ArrayList<>();
        cells.add(header("operation (ns/op)", subjects, "floor"));
        for (Line l : lines) {
            final List<String> cell = new ArrayList<>(List.of(l.row().label(),
                l.row().load().toString()));
            for (String s : subjects) {
                final double v = l.value(s);
                final double ratio = v / l.basis();
                cell.add(Double.isNaN(v) ? "-" : Double.isFinite(ratio)
                    ? number(v) + String.format(Locale.ROOT, " (%.2fx)", ratio) : number(v));
            }
            cell.add(Double.isNaN(l.floor()) ? "-"
                : number(l.floor()) + " " + l.row().floorLabel());
            cells.add(cell.toArray(new String[0]));
        }
        return cells;
    }

    /** A header line: the operation, the load, the subjects, then the others. */
    static String[] header(String first, List<String> subjects, String... last) {
        final List<String> header = new ArrayList<>(List.of(first, "load"));
        header.addAll(subjects);
        header.addAll(List.of(last));
        return header.toArray(new String[0]);
    }

    /** Formats a figure with three significant digits (two decimals below 10). */
    static String number(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    /** Lays out cells as a Markdown table padded to read as aligned text on a terminal too. */
    static String markdown(List<String[]> cells) {
        final int[] width = new int[cells.get(0).length];
        for (String[] line : cells) {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(Math.max(width[c], line[c].length()), 3);
            }
        }
        final StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            sb.append('|');
            for (int c = 0; c < width.length; c++) {
                final String cell = cells.get(i)[c];
                final String pad = " ".repeat(width[c] - cell.length());
                sb.append(' ').append(c < 2 ? cell + pad : pad + cell).append(" |");
            }
            sb.append('\n');
            if (i == 0) {
                sb.append('|');
                for (int c = 0; c < width.length; c++) {
                    sb.append("-".repeat(width[c] + 1)).append(c < 2 ? "-|" : ":|");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Tells how a figure compares with another by JMH's error intervals: {@code slower} or
     * {@code faster} when the intervals (figure &plusmn; error) do not overlap, {@code ~} when
     * they do, {@code ?} when either figure has no interval.
     */
    static String verdict(double value, double error, double other, double otherError) {
        if (!Double.isFinite(error) || !Double.isFinite(otherError)) {
            return "?";
        }
        return value - error > other + otherError ? "slower"
            : value + error < other - otherError ? "faster" : "~";
    }
}
