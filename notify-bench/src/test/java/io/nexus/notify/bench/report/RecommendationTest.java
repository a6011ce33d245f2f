package io.nexus.notify.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecommendationTest {

    private static final String PKG = "io.nexus.notify.bench.jmh.";

    private static Map<String, Object> r(String benchmark, String subject, double score) {
        return Fixtures.result(PKG + benchmark, subject, score, null);
    }

    @SafeVarargs
    private static ComparisonTable table(Map<String, Object>... results) {
        return Report.table(Fixtures.parse(results));
    }

    @Test
    void notifyHeavyLoadTakesTheLowestGeometricMeanOfRatiosToTheRowsBest() {
        // builtin: ratios 1 and 4 (mean 2); jctools: 2 and 1 (mean 1.41).
        final ComparisonTable t = table(
            r("NotifyBench.conflated", "builtin", 5), r("NotifyBench.conflated", "jctools", 10),
            r("NotifyNewBench.notifyNew", "builtin", 40),
            r("NotifyNewBench.notifyNew", "jctools", 10));

        final Recommendation.Choice c = Recommendation.choose(t, "notify-heavy",
            Recommendation.NOTIFY_HEAVY);

        assertEquals("jctools", c.backend());
        assertEquals(2, c.rows());
        assertEquals(Math.sqrt(2), c.means().get("jctools"), 1e-9);
        assertEquals(2.0, c.means().get("builtin"), 1e-9);
        assertEquals(List.of("jctools", "builtin"), List.copyOf(c.means().keySet()));
        assertEquals("-Dio.nexus.notify.backend=jctools", c.jvmOptions());
    }

    @Test
    void theDefaultIsKeptWhenAnotherIsWithinTheMargin() {
        final ComparisonTable t = table(
            r("NotifyBench.conflated", "builtin", 10.4), r("NotifyBench.conflated", "jctools", 10));

        final Recommendation.Choice c = Recommendation.choose(t, "notify-heavy",
            Recommendation.NOTIFY_HEAVY);

        assertEquals("builtin", c.backend());
        assertEquals(List.of("jctools", "builtin"), List.copyOf(c.means().keySet()));
    }

    @Test
    void peersTheLocalQueueAndIncompleteRowsDoNotCount() {
        final ComparisonTable t = table(
            r("PollReadyBench.poll8", "builtin", 30), r("PollReadyBench.poll8", "agrona", 20),
            r("PollReadyBench.poll8", "peer-jdk", 1),
            r("NotifyBench.pollEmpty", "builtin", 1),
            r("LocalQueueBench.poll128", "local", 1), r("LocalQueueBench.poll128", "builtin", 9));

        final Recommendation.Choice c = Recommendation.choose(t, "poll-heavy",
            Recommendation.POLL_HEAVY);

        assertEquals("agrona", c.backend());
        assertEquals(1, c.rows());
        assertEquals(List.of("agrona", "builtin"), List.copyOf(c.means().keySet()));
        assertEquals("-Dio.nexus.notify.backend=agrona"
            + " --add-exports java.base/jdk.internal.misc=ALL-UNNAMED", c.jvmOptions());
    }

    @Test
    void multiProducerRowsAreNotifyHeavyAndPollRowsAreNot() {
        assertTrue(Recommendation.NOTIFY_HEAVY.test("notify, 3 producers + poller, shared tokens"));
        assertTrue(Recommendation.NOTIFY_HEAVY.test("notify new (alone)"));
        assertTrue(!Recommendation.NOTIFY_HEAVY.test("poll, 8 ready"));
        assertTrue(Recommendation.POLL_HEAVY.test("poll limit 32, 64 ready"));
        assertTrue(!Recommendation.POLL_HEAVY.test("poll, 8 ready, per token"));
    }

    @Test
    void noDecidingRowLeavesNoChoiceAndRenderSaysSo() {
        final ComparisonTable t = table(r("NotifyBench.pollEmpty", "builtin", 1));

        final Recommendation.Choice c = Recommendation.choose(t, "notify-heavy",
            Recommendation.NOTIFY_HEAVY);

        assertNull(c.backend());
        assertThrows(IllegalStateException.class, c::jvmOptions);
        final String text = Recommendation.render(t);
        assertTrue(text.contains("notify-heavy load: no row of this load"), text);
        assertTrue(text.contains("poll-heavy load: builtin, run with "
            + "-Dio.nexus.notify.backend=builtin (the default)"), text);
    }
}
