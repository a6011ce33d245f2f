package io.nexus.notify.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsToEveryBackendEveryBenchmarkQuickModeAndResultsDirectory() {
        final BenchOptions o = BenchOptions.parse();

        assertEquals(List.of(), o.backends());
        assertTrue(o.include().matcher("NotifyBench.conflated").find());
        assertFalse(o.full());
        assertEquals(Path.of("results"), o.out());
        assertFalse(o.idle());
    }

    @Test
    void idleAsksForTheProbeAloneOrWithHelp() {
        assertTrue(BenchOptions.parse("--idle").idle());
        assertTrue(BenchOptions.parse("--idle", "--help").help());
    }

    @Test
    void idleRejectsTheSuiteOptions() {
        for (String[] args : List.of(new String[] {"--idle", "--full"},
                new String[] {"--bench", "Poll", "--idle"},
                new String[] {"--idle", "--backends", "builtin"},
                new String[] {"--out", "x", "--idle"})) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(args))
                .getMessage().contains("--idle"), List.of(args).toString());
        }
    }

    @Test
    void parsesEveryOption() {
        final BenchOptions o = BenchOptions.parse("--backends", "builtin, jctools", "--bench",
            "Poll", "--full", "--out", "tmp/r", "--baseline", "old/jmh-result.json");

        assertEquals(List.of("builtin", "jctools"), o.backends());
        assertTrue(o.include().matcher("PollLimitBench.pollLimit32").find());
        assertFalse(o.include().matcher("NotifyBench.conflated").find());
        assertTrue(o.full());
        assertEquals(Path.of("tmp/r"), o.out());
        assertEquals(Path.of("old/jmh-result.json"), o.baseline());
    }

    @Test
    void baselineIsOffByDefaultAndNeedsAFile() {
        assertEquals(null, BenchOptions.parse().baseline());
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> BenchOptions.parse("--baseline")).getMessage().contains("needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> BenchOptions.parse("--idle", "--baseline", "x")).getMessage().contains("--idle"));
    }

    @Test
    void rejectsUnknownOptionMissingValueAndBadRegex() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--fast"))
            .getMessage().contains("--fast"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--bench"))
            .getMessage().contains("needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> BenchOptions.parse("--bench", "(")).getMessage().contains("regular expression"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--backends", ","));
    }

    @Test
    void smokeIsItsOwnModeAndExcludesFull() {
        assertTrue(BenchOptions.parse("--smoke").smoke());
        assertFalse(BenchOptions.parse().smoke());
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> BenchOptions.parse("--smoke", "--full")).getMessage().contains("exclude"));
        assertEquals("no fork, measurement 1 x 20 ms", Settings.smoke().toString());
    }

    @Test
    void quickSettingsFitTheBudgetAndStayWithinBounds() {
        final int runs = 60;
        final Settings quick = Settings.quick(runs);

        assertTrue(quick.estimateSeconds(runs) * 1000 <= Settings.QUICK_BUDGET_MILLIS,
            quick + " for " + runs + " runs");
        assertEquals(500, Settings.quick(1).millis());
        assertEquals(100, Settings.quick(10_000).millis());
    }
}
