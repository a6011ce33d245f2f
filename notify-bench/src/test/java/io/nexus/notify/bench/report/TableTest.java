package io.nexus.notify.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison table: figures, ratios, loads, and its Markdown. */
class TableTest {

    private static final double NONE = Double.NaN;

    private static final List<Result> RUN = List.of(
        Results.avgt("NotifyBench.conflated", 2, 0.1, 0, 1, "backend", "builtin", "counting",
            "off"),
        Results.avgt("NotifyBench.conflated", 8, 0.1, 0, 1, "backend", "peer-jdk", "counting",
            "off"),
        Results.avgt("NotifyBench.conflated", 9, 0.1, 0, 1, "backend", "builtin", "counting", "on"),
        Results.avgt("FloorBench.swap", 4, 0.1, NONE, 1),
        Results.avgt("NotifyBench.pollEmpty", 3, 0.1, 0, 1, "backend", "builtin"),
        Results.avgt("NotifyBench.pollEmpty", 6, 0.1, 0, 1, "backend", "peer-jdk"),
        Results.avgt("NotifyBench.pollEmpty", 2, 0.1, 0, 1, "backend", "peer-jctools"),
        Results.sample("RoundTripBench.roundTrip", 900, 2000, "backend", "builtin"),
        Results.sample("FloorBench.pingPong", 600, 1000));

    @Test
    void eachRowTakesItsFigureAndRatioToTheFloorOrTheBestPeer() {
        final Table table = new Table(RUN);

        assertEquals(List.of("builtin", "peer-jdk", "peer-jctools"), table.subjects);
        final Table.Line conflated = line(table, "notify, conflated");
        assertEquals(2, conflated.value("builtin"), "the median, not the counted variant");
        assertEquals(0.5, conflated.value("builtin") / conflated.basis(), "ratio to the floor");
        assertEquals(Row.Load.NOTIFY, conflated.row().load());
        assertEquals(9, line(table, "notify, conflated, counters on").value("builtin"));
        final Table.Line poll = line(table, "poll, empty");
        assertEquals(2, poll.basis(), "the best peer");
        assertEquals(Row.Load.POLL, poll.row().load());
        final Table.Line p99 = line(table, "round trip, busy poll, p99");
        assertEquals(2000, p99.value("builtin"));
        assertEquals(1000, p99.floor());
        assertEquals(Row.Load.ROUND_TRIP, p99.row().load());
        assertTrue(table.lines.stream().noneMatch(l -> l.row().label().contains("selector")),
            "rows without a figure are left out");
    }

    @Test
    void theMarkdownCarriesEveryCellAlignedInColumns() {
        final String md = Table.markdown(new Table(RUN).cells());
        final String[] lines = md.split("\n");

        assertTrue(lines[0].startsWith("| operation (ns/op)"), lines[0]);
        assertTrue(lines[1].matches("\\|[-|:]+"), lines[1]);
        assertTrue(md.contains("| notify, conflated"), md);
        assertTrue(md.contains("2.00 (0.50x)") && md.contains("4.00 swap-only flag"), md);
        for (String line : lines) {
            assertEquals(lines[0].length(), line.length(), "aligned: " + line);
        }
    }

    @Test
    void theVerdictMarksOnlyIntervalsThatDoNotOverlap() {
        assertEquals("slower", Table.verdict(12, 1, 10, 0.5));
        assertEquals("faster", Table.verdict(8, 1, 10, 0.5));
        assertEquals("~", Table.verdict(11, 1, 10, 0.5));
        assertEquals("?", Table.verdict(12, NONE, 10, 0.5));
    }

    private static Table.Line line(Table table, String label) {
        return table.lines.stream().filter(l -> l.row().label().equals(label)).findFirst()
            .orElseThrow(() -> new AssertionError("no row " + label));
    }
}
