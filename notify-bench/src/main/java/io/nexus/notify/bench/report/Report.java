package io.nexus.notify.bench.report;

import io.nexus.notify.bench.peer.Subjects;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a JMH JSON result file into the console table, {@value #MARKDOWN} and {@value #CHART}
 * beside it, and the allocation verdict.
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
     * Renders a result file and checks allocation.
     *
     * @param json   the JMH JSON result file; outputs go to its directory
     * @param out    where to print the table and verdict
     * @param header a line describing the run, printed above the table and written into the
     *               Markdown file
     * @return {@code true} if no result of ours allocates
     * @throws IOException if a file cannot be read or written
     */
    public static boolean render(Path json, PrintStream out, String header) throws IOException {
        final List<Measurement> results = JmhJson.parse(Files.readString(json, StandardCharsets.UTF_8));
        final ComparisonTable table = ComparisonTable.build(Catalog.rows(results), results,
            Subjects.peers());
        final Path dir = json.toAbsolutePath().getParent();
        out.println();
        out.println(header);
        out.println();
        out.print(TableRenderer.text(table));
        Files.writeString(dir.resolve(MARKDOWN), "# notify benchmark\n\n" + header + "\n\n"
            + TableRenderer.markdown(table), StandardCharsets.UTF_8);
        final boolean drawn = ChartWriter.writePng(table, "notify: ns/op by operation",
            dir.resolve(CHART));
        out.println();
        out.println("Wrote " + json + ", " + dir.resolve(MARKDOWN)
            + (drawn ? ", " + dir.resolve(CHART) : " (no row complete enough for a chart)"));
        final List<String> bad = AllocationCheck.violations(results, Subjects::isPeer);
        final int unchecked = AllocationCheck.unchecked(results, Subjects::isPeer);
        if (unchecked > 0) {
            out.println("Allocation: " + unchecked + " results carry no GC profile and were not checked");
        }
        if (!bad.isEmpty()) {
            out.println("Allocation check FAILED (limit " + AllocationCheck.LIMIT_BYTES_PER_OP + " B/op):");
            bad.forEach(line -> out.println("  " + line));
            return false;
        }
        out.println("Allocation check passed: no benchmark of ours allocates more than "
            + AllocationCheck.LIMIT_BYTES_PER_OP + " B/op");
        return true;
    }

    /**
     * Re-renders a result file.
     *
     * @param args the JSON result file
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Report <jmh-result.json>");
            System.exit(2);
        }
        if (!render(Path.of(args[0]), System.out, "re-rendered from " + args[0])) {
            System.exit(1);
        }
    }
}
