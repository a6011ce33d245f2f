package io.nexus.notify.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

class BenchPlanTest {

    /** As many subjects as a default run has, so that quick mode sizes its iterations alike. */
    private static final List<String> SUBJECTS =
        List.of("builtin", "jctools", "agrona", "peer-jdk", "peer-jctools");

    private static BenchPlan plan(String... args) {
        final OutputFormat silent = OutputFormatFactory.createFormatInstance(
            new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8),
            VerboseMode.SILENT);
        return BenchPlan.of(BenchOptions.parse(args), SUBJECTS, List.of(1), silent);
    }

    private static BenchPlan.Phase phase(BenchPlan plan, String labelStart) {
        for (BenchPlan.Phase p : plan.phases()) {
            if (p.label().startsWith(labelStart)) {
                return p;
            }
        }
        throw new AssertionError("no phase '" + labelStart + "...' in " + plan.phases());
    }

    @Test
    void parkedRoundTripsRunInTheirOwnPhaseWithLongerIterations() {
        // The whole suite, so that quick mode's iterations come out shorter than the minimum.
        final BenchPlan plan = plan();

        final BenchPlan.Phase main = plan.phases().get(0);
        final BenchPlan.Phase parked = phase(plan, "parked round trips");
        assertTrue(main.settings().millis() < BenchPlan.PARKED_MIN_MILLIS,
            main.settings().toString());
        assertSame(plan.settings(), main.settings());
        assertEquals(BenchPlan.PARKED_MIN_MILLIS, parked.settings().millis());
        long estimate = 0;
        int runs = 0;
        for (BenchPlan.Phase p : plan.phases()) {
            estimate += p.settings().estimateSeconds(p.runs());
            runs += p.runs();
        }
        assertEquals(estimate, plan.estimateSeconds());
        assertEquals(runs, plan.runs());
    }

    @Test
    void parkedPhaseCountsEveryStrategySubjectAndMode() {
        final BenchPlan plan = plan("--bench", "^(ChannelRoundTripBench|FloorParkBench)\\.");

        assertEquals(1, plan.phases().size());
        // Channel round trip: 2 modes x 5 subjects x 2 strategies; park floor: 2 modes.
        assertEquals(22, plan.phases().get(0).runs());
    }

    @Test
    void aParkedBenchmarkAloneIsPlannedWithoutTheOtherPhases() {
        final BenchPlan plan = plan("--bench", "ChannelRoundTripBench");

        assertEquals(1, plan.phases().size());
        // 2 modes x 5 subjects x 2 strategies.
        assertEquals(20, plan.phases().get(0).runs());
        assertTrue(plan.phases().get(0).label().startsWith("parked round trips"));
    }

    @Test
    void selectorRoundTripsAndTheirFloorRunInTheParkedPhase() {
        assertTrue(BenchPlan.isParked("SelectorRoundTripBench.roundTrip"));
        assertTrue(BenchPlan.isParked("FloorSelectorBench.roundTrip"));
        assertTrue(BenchPlan.isParked("ChannelRoundTripBench.roundTrip"));
        assertFalse(BenchPlan.isParked("RoundTripBench.roundTrip"));
        assertFalse(BenchPlan.isParked("FloorPingPongBench.roundTrip"));
    }

    @Test
    void theSingleThreadQueueBenchmarksKeepTheirOwnSubjectsInTheirOwnPhase() {
        final BenchPlan plan = plan("--bench", "LocalQueueBench|NotifyNewBench");

        assertEquals(2, plan.phases().size());
        final BenchPlan.Phase local = phase(plan, "single-thread queue");
        // notify new and poll 128, each for local and builtin; not for the 5 run subjects.
        assertEquals(4, local.runs());
        assertFalse(local.options().getParameter("backend").hasValue());
        final BenchPlan.Phase main = plan.phases().get(0);
        assertEquals(SUBJECTS.size(), main.runs());
        assertEquals(SUBJECTS, List.copyOf(main.options().getParameter("backend").get()));
        assertEquals(4 + SUBJECTS.size(), plan.runs());
        assertTrue(BenchPlan.keepsOwnSubjects("LocalQueueBench.poll128"));
        assertFalse(BenchPlan.keepsOwnSubjects("NotifyNewBench.notifyNew"));
    }

    @Test
    void parkedPhaseKeepsIterationsThatAreAlreadyLongEnough() {
        final BenchPlan plan = plan("--bench", "ChannelRoundTripBench", "--full");

        assertEquals(1, plan.phases().size());
        assertSame(plan.settings(), plan.phases().get(0).settings());
        assertEquals(Settings.full().millis(), plan.phases().get(0).settings().millis());
    }

    @Test
    void withMinMillisLengthensShortIterationsOnly() {
        final Settings s = new Settings(1, 2, 5, 100);

        assertEquals(new Settings(1, 2, 5, 500), s.withMinMillis(500));
        assertSame(s, s.withMinMillis(100));
    }
}
