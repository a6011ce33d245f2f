package io.nexus.notify.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableRendererTest {

    private static final String PKG = "io.nexus.notify.bench.jmh.";

    @Test
    void cellShowsValueAndRatioOrADashWhenMissing() {
        assertEquals("2.50 (0.50x)", TableRenderer.cell(2.5, 0.5));
        assertEquals("38.1", TableRenderer.cell(38.14, Double.NaN));
        assertEquals("-", TableRenderer.cell(Double.NaN, 1));
        assertEquals("1234", TableRenderer.number(1234.4));
    }

    @Test
    void markdownHasOneLinePerRowAndColumnsForSubjectsAndFloor() {
        final List<Measurement> results = ResultFile.parse(Fixtures.document(
            Fixtures.result(PKG + "NotifyBench.conflated", "builtin", 3, null),
            Fixtures.result(PKG + "NotifyBench.conflated", "peer-a", 6, null),
            Fixtures.result(PKG + "FloorSwapBench.swap", null, 8, null),
            Fixtures.result(PKG + "NotifyBench.pollEmpty", "builtin", 1, null)));
        final ComparisonTable table = ComparisonTable.build(Catalog.rows(results), results,
            List.of("peer-a"));

        final String md = TableRenderer.markdown(table);
        final List<String> lines = md.lines().filter(l -> l.startsWith("|")).toList();

        assertEquals("| operation (ns/op) | builtin | peer-a | floor |", lines.get(0));
        assertEquals("|---|---:|---:|---:|", lines.get(1));
        assertEquals("| notify, conflated | 3.00 (0.38x) | 6.00 (0.75x) | 8.00 swap-only flag |",
            lines.get(2));
        assertEquals("| poll, empty | 1.00 | - | - |", lines.get(3));
        assertEquals(4, lines.size());
    }

    @Test
    void textAlignsColumns() {
        final List<Measurement> results = ResultFile.parse(Fixtures.document(
            Fixtures.result(PKG + "NotifyBench.conflated", "builtin", 3, null),
            Fixtures.result(PKG + "NotifyBench.pollEmpty", "builtin", 12.5, null)));
        final ComparisonTable table = ComparisonTable.build(Catalog.rows(results), results, List.of());

        final List<String> lines = TableRenderer.text(table).lines().toList();

        assertTrue(lines.get(1).matches("-+"), lines.get(1));
        assertEquals(lines.get(0).length(), lines.get(2).length());
        assertEquals(lines.get(2).length(), lines.get(3).length());
    }
}
