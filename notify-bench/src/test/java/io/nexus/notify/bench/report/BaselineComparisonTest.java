package io.nexus.notify.bench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselineComparisonTest {

    private static final String PKG = "io.nexus.notify.bench.jmh.";

    private static Map<String, Object> conflated(String subject, double score, double error) {
        return Fixtures.withError(
            Fixtures.result(PKG + "NotifyBench.conflated", subject, score, null), error);
    }

    private static Map<String, Object> pollEmpty(String subject, double score, double error) {
        return Fixtures.withError(
            Fixtures.result(PKG + "NotifyBench.pollEmpty", subject, score, null), error);
    }

    @SafeVarargs
    private static ComparisonTable table(Map<String, Object>... results) {
        return Report.table(Fixtures.parse(results));
    }

    @Test
    void verdictMarksOnlyIntervalsThatDoNotOverlap() {
        assertEquals("slower", BaselineComparison.verdict(12, 1, 10, 0.5));
        assertEquals("faster", BaselineComparison.verdict(8, 1, 10, 0.5));
        assertEquals("~", BaselineComparison.verdict(11.4, 1, 10, 0.5));
        assertEquals("~", BaselineComparison.verdict(8.6, 1, 10, 0.5));
    }

    @Test
    void verdictWithoutAnIntervalIsUnknown() {
        assertEquals("?", BaselineComparison.verdict(20, Double.NaN, 10, 0.5));
        assertEquals("?", BaselineComparison.verdict(20, 1, 10, Double.NaN));
    }

    @Test
    void cellsShowTheRatioAndVerdictPerRowAndSubject() {
        final ComparisonTable now = table(conflated("builtin", 12, 0.5), conflated("jctools", 5, 1),
            pollEmpty("builtin", 2, 0.1));
        final ComparisonTable base = table(conflated("builtin", 10, 0.5),
            conflated("jctools", 5.5, 1), pollEmpty("builtin", 4, 0.1));

        final List<String[]> cells = BaselineComparison.cells(now, base);

        assertArrayEquals(new String[] {"operation (this run / baseline)", "builtin", "jctools"},
            cells.get(0));
        assertArrayEquals(new String[] {"notify, conflated", "1.20x slower", "0.91x ~"},
            cells.get(1));
        assertArrayEquals(new String[] {"poll, empty", "0.50x faster", "-"}, cells.get(2));
        assertArrayEquals(new int[] {1, 1}, BaselineComparison.counts(cells));
    }

    @Test
    void rowsAndSubjectsMissingFromTheBaselineAreLeftOut() {
        final ComparisonTable now = table(conflated("builtin", 12, 0.5),
            conflated("agrona", 9, 0.5), pollEmpty("builtin", 2, 0.1));
        final ComparisonTable base = table(conflated("builtin", 12, 0.5));

        final List<String[]> cells = BaselineComparison.cells(now, base);

        assertEquals(2, cells.size());
        assertArrayEquals(new String[] {"notify, conflated", "1.00x ~"}, cells.get(1));
    }

    @Test
    void renderSaysWhenNothingIsInCommon() {
        final String text = BaselineComparison.render(table(conflated("builtin", 1, 0.1)),
            table(pollEmpty("builtin", 1, 0.1)), "old.json", false);

        assertTrue(text.contains("no row in common"), text);
    }

    @Test
    void renderCountsTheDifferencesBeyondTheIntervals() {
        final String text = BaselineComparison.render(table(conflated("builtin", 20, 0.5)),
            table(conflated("builtin", 10, 0.5)), "old.json", true);

        assertTrue(text.startsWith("Compared with baseline old.json: 1 slower, 0 faster"), text);
        assertTrue(text.contains("| notify, conflated | 2.00x slower |"), text);
    }
}
