package io.nexus.notify.bench.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a run's JMH JSON into the report, printed and written to {@value #MARKDOWN}: the table,
 * the comparison with a baseline, the recommendation, the allocation verdict; and the chart.
 */
public final class Report {

    /** The Markdown report's file name. */
    public static final String MARKDOWN = "table.md";
    /** The chart's file name. */
    public static final String CHART = "chart.png";

    private Report() {
    }

    /**
     * Checks that a file is a JMH JSON result, so that a bad baseline fails before a run.
     *
     * @param file the file
     * @throws IOException if it cannot be read or is not JMH's JSON
     */
    public static void check(Path file) throws IOException {
        Result.read(file);
    }

    /**
     * Renders a run: prints the report and writes it and the chart beside the results.
     *
     * @param json     the run's JMH JSON result file
     * @param out      where to print
     * @param header   a line describing the run
     * @param baseline a saved JSON result file to compare with, or {@code null}
     * @return {@code false} if one of ours allocates and the verdict binds (all ran forked)
     * @throws IOException if a file cannot be read or written
     */
    public static boolean render(Path json, PrintStream out, String header, Path baseline)
            throws IOException {
        final List<Result> results = Result.read(json);
        final Path dir = json.toAbsolutePath().getParent();
        final Table table = new Table(results);
        final StringBuilder md = new StringBuilder("# notify benchmark\n\n" + header + "\n\n"
            + Table.markdown(table.cells()) + "\n" + Table.LEGEND);
        results.stream().filter(r -> r.name().equals("AeronBench.conflation")).findFirst()
            .ifPresent(r -> md.append(flow(r)));
        if (baseline != null) {
            md.append("\n## Compared with a baseline\n\n")
                .append(compare(table, new Table(Result.read(baseline)), baseline.toString()));
        }
        md.append("\n## Recommendation\n\n```\n").append(Recommendation.render(table))
            .append("```\n\n## Allocation check\n\n");
        final List<String> bad = AllocationCheck.violations(results);
        final boolean binding = results.stream().filter(AllocationCheck::checked)
            .allMatch(r -> r.forks() > 0);
        final long unchecked = results.stream()
            .filter(r -> AllocationCheck.checked(r) && Double.isNaN(r.allocation())).count();
        md.append(unchecked == 0 ? "" : unchecked + " results carry no GC profile: not checked.\n")
            .append(bad.isEmpty() ? "Allocation check passed: no benchmark of ours allocates more"
                + " than " + AllocationCheck.LIMIT_BYTES_PER_OP + " B/op.\n"
                : "Allocation check FAILED (limit " + AllocationCheck.LIMIT_BYTES_PER_OP
                + " B/op plus the harness's allowance):\n\n- " + String.join("\n- ", bad) + "\n")
            .append(bad.isEmpty() || binding ? "" : "\nNot binding: the results ran unforked"
                + " (smoke mode), where unwarmed code lacks the escape analysis that removes"
                + " short-lived objects in a measured run.\n");
        out.println();
        out.print(md.toString().replace("```\n", ""));
        Files.writeString(dir.resolve(MARKDOWN), md, StandardCharsets.UTF_8);
        final boolean drawn = Chart.write(table, dir.resolve(CHART));
        out.println("Wrote " + dir.resolve(MARKDOWN)
            + (drawn ? " and " + dir.resolve(CHART) : " (no figure to chart)"));
        return bad.isEmpty() || !binding;
    }

    /**
     * The Aeron conflation run as rates: its score and its counters are nanoseconds per update
     * offered, per message sent and per tuple the slow consumer read.
     */
    static String flow(Result r) {
        return String.format(Locale.ROOT, "%nAcross Aeron with a slow consumer (8 tokens every"
            + " 200 us): %,.0f updates/s offered, %,.0f messages/s sent, %,.0f tuples/s read.%n",
            1e9 / r.primaryMetric().score(), 1e9 / r.secondaryScore("sent"),
            1e9 / r.secondaryScore("delivered"));
    }

    /**
     * Compares two tables row by row and subject by subject: a cell reads {@code 1.12x slower},
     * this run's figure over the baseline's and the verdict of JMH's error intervals.
     */
    static String compare(Table now, Table base, String baseName) {
        final List<String> subjects = new ArrayList<>(now.subjects);
        subjects.retainAll(base.subjects);
        final List<String[]> cells = new ArrayList<>();
        cells.add(Table.header("operation (this run / baseline)", subjects));
        final int[] counts = new int[2];
        for (Table.Line l : now.lines) {
            final Table.Line old = base.lines.stream()
                .filter(o -> o.row().label().equals(l.row().label())).findFirst().orElse(null);
            final List<String> line = new ArrayList<>(List.of(l.row().label(),
                l.row().load().toString()));
            for (String s : subjects) {
                final double v = l.value(s);
                final double b = old == null ? Double.NaN : old.value(s);
                final String verdict = Table.verdict(v, l.error(s), b,
                    old == null ? Double.NaN : old.error(s));
                counts[0] += verdict.equals("slower") ? 1 : 0;
                counts[1] += verdict.equals("faster") ? 1 : 0;
                line.add(Double.isNaN(v) || Double.isNaN(b) ? "-"
                    : String.format(Locale.ROOT, "%.2fx %s", v / b, verdict));
            }
            if (line.stream().skip(2).anyMatch(c -> !c.equals("-"))) {
                cells.add(line.toArray(new String[0]));
            }
        }
        if (cells.size() == 1) {
            return "Baseline " + baseName + ": no row in common with this run.\n";
        }
        return "Compared with baseline " + baseName + ": " + counts[0] + " slower, " + counts[1]
            + " faster beyond JMH's error intervals\n\n" + Table.markdown(cells)
            + "\nCells: this run's figure divided by the baseline's. slower/faster: the intervals"
            + " (figure +- JMH's 99.9% score error) do not overlap; ~: they overlap; ?: a figure"
            + " has no interval (percentile, or a single iteration).\n";
    }
}
