package io.nexus.notify.bench.report;

import io.nexus.notify.bench.peer.Subjects;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a run's results into the console table, {@value #MARKDOWN} and {@value #CHART}, the
 * comparison with a baseline run, the allocation verdict and the recommendation.
 *
 * <p>Run alone to re-render a previous run: {@code Report results/jmh-result.json}.
 */
public final class Report {

    /** The Markdown table's file name. */
    public static final String MARKDOWN = "table.md";
    /** The chart's file name. */
    public static final String CHART = "chart.png";

    private Report() {
    }

    /**
     * Renders results: prints the table, writes {@value #MARKDOWN} and {@value #CHART}, compares
     * with a baseline if one is given, ends with the recommendation, and checks allocation.
     *
     * @param results  the run's results
     * @param dir      where to write the table and chart
     * @param out      where to print the table and verdict
     * @param header   a line describing the run, printed above the table and written into the
     *                 Markdown file
     * @param baseline a saved JMH JSON result to compare with, or {@code null}
     * @return {@code true} if no result of ours allocates
     * @throws IOException if a file cannot be read or written
     */
    public static boolean render(List<Measurement> results, Path dir, PrintStream out,
            String header, Path baseline) throws IOException {
        final ComparisonTable table = table(results);
        out.println();
        out.println(header);
        out.println();
        out.print(TableRenderer.text(table));
        final StringBuilder md = new StringBuilder("# notify benchmark\n\n" + header + "\n\n"
            + TableRenderer.markdown(table));
        if (baseline != null) {
            final ComparisonTable base = table(ResultFile.read(baseline));
            out.println();
            out.print(BaselineComparison.render(table, base, baseline.toString(), false));
            md.append("\n## Compared with a baseline\n\n")
                .append(BaselineComparison.render(table, base, baseline.toString(), true));
        }
        final String advice = Recommendation.render(table);
        md.append("\n## Recommendation\n\n```\n").append(advice).append("```\n");
        Files.writeString(dir.resolve(MARKDOWN), md, StandardCharsets.UTF_8);
        final boolean drawn = ChartWriter.writePng(table, "notify: ns/op by operation",
            dir.resolve(CHART));
        out.println();
        out.println("Wrote " + dir.resolve(MARKDOWN)
            + (drawn ? ", " + dir.resolve(CHART) : " (no row complete enough for a chart)"));
        final boolean clean = checkAllocation(results, out);
        out.println();
        out.print(advice);
        return clean;
    }

    /**
     * Builds the comparison table of a run.
     *
     * @param results the run's results
     * @return the table
     */
    static ComparisonTable table(List<Measurement> results) {
        return ComparisonTable.build(Catalog.rows(results), results, Subjects.peers());
    }

    private static boolean checkAllocation(List<Measurement> results, PrintStream out) {
        final List<String> bad = AllocationCheck.violations(results, Subjects::isPeer);
        final int unchecked = AllocationCheck.unchecked(results, Subjects::isPeer);
        if (unchecked > 0) {
            out.println("Allocation: " + unchecked
                + " results carry no GC profile and were not checked");
        }
        if (!bad.isEmpty()) {
            out.println("Allocation check FAILED (limit " + AllocationCheck.LIMIT_BYTES_PER_OP
                + " B/op):");
            bad.forEach(line -> out.println("  " + line));
            return false;
        }
        out.println("Allocation check passed: no benchmark of ours allocates more than "
            + AllocationCheck.LIMIT_BYTES_PER_OP + " B/op");
        return true;
    }

    /**
     * Re-renders a saved result file, optionally compared with another.
     *
     * @param args the JSON result file, then optionally a baseline JSON result file
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: Report <jmh-result.json> [<baseline.json>]");
            System.exit(2);
        }
        final Path json = Path.of(args[0]);
        if (!render(ResultFile.read(json), json.toAbsolutePath().getParent(), System.out,
                "re-rendered from " + args[0], args.length == 2 ? Path.of(args[1]) : null)) {
            System.exit(1);
        }
    }
}
