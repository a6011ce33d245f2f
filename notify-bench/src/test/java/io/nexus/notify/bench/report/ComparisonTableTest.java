package io.nexus.notify.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {

    private static final String PKG = "io.nexus.notify.bench.jmh.";
    private static final List<String> PEERS = List.of("peer-a", "peer-b");

    @SafeVarargs
    private static ComparisonTable table(Map<String, Object>... results) {
        final List<Measurement> parsed = ResultFile.parse(Fixtures.document(results));
        return ComparisonTable.build(Catalog.rows(parsed), parsed, PEERS);
    }

    @Test
    void rowWithoutFloorIsComparedWithTheBestPeer() {
        final double ours = 3;
        final double slowPeer = 12;
        final double fastPeer = 6;
        final ComparisonTable t = table(
            Fixtures.result(PKG + "NotifyBench.pollEmpty", "peer-a", slowPeer, null),
            Fixtures.result(PKG + "NotifyBench.pollEmpty", "builtin", ours, null),
            Fixtures.result(PKG + "NotifyBench.pollEmpty", "peer-b", fastPeer, null));

        final ComparisonTable.Row row = t.row("poll, empty");
        assertEquals(ours / fastPeer, row.ratio("builtin"), 1e-12);
        assertEquals(slowPeer / fastPeer, row.ratio("peer-a"), 1e-12);
        assertEquals("best peer (peer-b)", row.basisLabel());
    }

    private static Map<String, Object> sampled(Map<String, Object> result, double p50, double p99) {
        result.put("mode", Measurement.SAMPLE_MODE);
        return Fixtures.withPercentiles(result, Map.of("50.0", p50, "99.0", p99));
    }

    @Test
    void rowWithFloorIsComparedWithTheFloor() {
        final double floor = 100;
        final double ours = 130;
        final ComparisonTable t = table(
            sampled(Fixtures.result(PKG + "RoundTripBench.roundTrip", "builtin", 999, null), ours, 2 * ours),
            sampled(Fixtures.result(PKG + "FloorPingPongBench.roundTrip", null, 999, null), floor, 4 * floor));

        final ComparisonTable.Row p50 = t.row("round trip, busy poll, p50");
        assertEquals(ours, p50.value("builtin"));
        assertEquals(floor, p50.floor());
        assertEquals(ours / floor, p50.ratio("builtin"), 1e-12);
        final ComparisonTable.Row p99 = t.row("round trip, busy poll, p99");
        assertEquals(2 * ours / (4 * floor), p99.ratio("builtin"), 1e-12);
    }

    @Test
    void parkedChannelRowIsComparedWithTheParkFloorNotTheBusyPollFloor() {
        final double parkFloor = 7000;
        final double spinFloor = 150;
        final double ours = 8400;
        final ComparisonTable t = table(
            sampled(channel("park", 999), ours, 3 * ours),
            sampled(Fixtures.result(PKG + "FloorPingPongBench.roundTrip", null, 999, null),
                spinFloor, 2 * spinFloor),
            sampled(Fixtures.result(PKG + "FloorParkBench.roundTrip", null, 999, null),
                parkFloor, 2 * parkFloor));

        final ComparisonTable.Row p50 = t.row("round trip, channel, parked, p50");
        assertEquals(ours, p50.value("builtin"));
        assertEquals(parkFloor, p50.floor());
        assertEquals(Catalog.WAKE_UP_FLOOR, p50.floorLabel());
        assertEquals(ours / parkFloor, p50.ratio("builtin"), 1e-12);
        final ComparisonTable.Row p99 = t.row("round trip, channel, parked, p99");
        assertEquals(3 * ours / (2 * parkFloor), p99.ratio("builtin"), 1e-12);
    }

    private static Map<String, Object> channel(String strategy, double score) {
        return Fixtures.withParam(Fixtures.result(PKG + "ChannelRoundTripBench.roundTrip",
            "builtin", score, null), "strategy", strategy);
    }

    @Test
    void defaultStrategyChannelRowIsComparedWithTheCrossCoreFloorAndKeptApartFromParked() {
        final double spinFloor = 200;
        final double parked = 9000;
        final double ours = 240;
        final ComparisonTable t = table(
            sampled(channel("park", 999), parked, 2 * parked),
            sampled(channel("default", 999), ours, 5 * ours),
            sampled(Fixtures.result(PKG + "FloorPingPongBench.roundTrip", null, 999, null),
                spinFloor, 2 * spinFloor));

        final ComparisonTable.Row p50 = t.row("round trip, channel, default strategy, p50");
        assertEquals(ours, p50.value("builtin"));
        assertEquals(Catalog.CROSS_CORE_FLOOR, p50.floorLabel());
        assertEquals(ours / spinFloor, p50.ratio("builtin"), 1e-12);
        assertEquals(5 * ours / (2 * spinFloor),
            t.row("round trip, channel, default strategy, p99").ratio("builtin"), 1e-12);
        assertEquals(parked, t.row("round trip, channel, parked, p50").value("builtin"));
    }

    @Test
    void selectorRowIsComparedWithTheSelectorFloor() {
        final double floor = 20_000;
        final double ours = 23_000;
        final ComparisonTable t = table(
            sampled(Fixtures.result(PKG + "SelectorRoundTripBench.roundTrip", "builtin", 999,
                null), ours, 2 * ours),
            sampled(Fixtures.result(PKG + "FloorSelectorBench.roundTrip", null, 999, null),
                floor, 3 * floor));

        final ComparisonTable.Row p50 = t.row("round trip, selector wake-up, p50");
        assertEquals(Catalog.SELECTOR_FLOOR, p50.floorLabel());
        assertEquals("selector wakeup/select ping-pong", p50.floorLabel());
        assertEquals(ours / floor, p50.ratio("builtin"), 1e-12);
        assertEquals(2 * ours / (3 * floor),
            t.row("round trip, selector wake-up, p99").ratio("builtin"), 1e-12);
    }

    @Test
    void senderRowsAreToldApartByTheirStrategy() {
        final ComparisonTable t = table(
            Fixtures.withParam(Fixtures.result(PKG + "SenderBench.notifyNew", "builtin", 13, null),
                "strategy", "busy-spin"),
            Fixtures.withParam(Fixtures.result(PKG + "SenderBench.notifyNew", "builtin", 19, null),
                "strategy", "default"));

        assertEquals(13, t.row("notify new through Sender, busy-spin").value("builtin"));
        assertEquals(19, t.row("notify new through Sender, default strategy").value("builtin"));
    }

    @Test
    void localRowsAreComparedWithBuiltinInTheSameBenchmark() {
        final double local = 2;
        final double builtin = 8;
        final double peer = 4;
        final ComparisonTable t = table(
            Fixtures.result(PKG + "LocalQueueBench.notifyNew", "local", local, null),
            Fixtures.result(PKG + "LocalQueueBench.notifyNew", "builtin", builtin, null),
            Fixtures.result(PKG + "LocalQueueBench.notifyNew", "peer-a", peer, null),
            Fixtures.result(PKG + "LocalQueueBench.poll128", "local", 64, null),
            Fixtures.result(PKG + "LocalQueueBench.poll128", "builtin", 256, null));

        final ComparisonTable.Row notify = t.row("notify new, one thread, local vs builtin");
        assertEquals(local / builtin, notify.ratio("local"), 1e-12);
        assertEquals(1.0, notify.ratio("builtin"), 1e-12);
        assertEquals("builtin", notify.basisLabel());
        assertTrue(Double.isNaN(notify.floor()));
        final ComparisonTable.Row poll =
            t.row("poll, 128 ready, per token, one thread, local vs builtin");
        assertEquals(0.5, poll.value("local"), 1e-12);
        assertEquals(0.25, poll.ratio("local"), 1e-12);
    }

    @Test
    void aRowComparedWithASubjectThatDidNotRunHasNoRatio() {
        final ComparisonTable t = table(
            Fixtures.result(PKG + "LocalQueueBench.notifyNew", "local", 2, null));

        final ComparisonTable.Row notify = t.row("notify new, one thread, local vs builtin");
        assertEquals(2, notify.value("local"));
        assertTrue(Double.isNaN(notify.ratio("local")));
    }

    @Test
    void percentileRowsIgnoreTheIterationPercentilesOfAverageTimeResults() {
        final double sampledP50 = 200;
        final Map<String, Object> averaged = Fixtures.withPercentiles(
            Fixtures.result(PKG + "RoundTripBench.roundTrip", "builtin", 5000, null),
            Map.of("50.0", 4000.0, "99.0", 9000.0));

        final ComparisonTable t = table(
            sampled(Fixtures.result(PKG + "RoundTripBench.roundTrip", "builtin", 999, null), sampledP50, 900),
            averaged);

        assertEquals(sampledP50, t.row("round trip, busy poll, p50").value("builtin"));
    }

    @Test
    void perTokenRowDividesByTheTokenCount() {
        final double perPoll = 256;
        final ComparisonTable t = table(
            Fixtures.result(PKG + "PollReadyBench.poll128", "builtin", perPoll, null));

        assertEquals(perPoll / 128, t.row("poll, 128 ready, per token").value("builtin"), 1e-12);
    }

    @Test
    void limitRowsAreTellApartByTheirReadyParameter() {
        final Map<String, Object> few = Fixtures.result(PKG + "PollLimitBench.pollLimit32",
            "builtin", 50, null);
        Fixtures.object(few, "params").put("ready", "64");
        final Map<String, Object> many = Fixtures.result(PKG + "PollLimitBench.pollLimit32",
            "builtin", 70, null);
        Fixtures.object(many, "params").put("ready", "4096");

        final ComparisonTable t = table(few, many);

        assertEquals(50, t.row("poll limit 32, 64 ready").value("builtin"));
        assertEquals(70, t.row("poll limit 32, 4096 ready").value("builtin"));
    }

    @Test
    void producerRowsComeFromTheGroupMembersScoreForEachThreadCount() {
        final Map<String, Object> group = Fixtures.result(PKG + "MpscBench.distinct", "builtin",
            40, null);
        group.put("threads", 3);
        final Map<String, Object> producer = new LinkedHashMap<>();
        producer.put("score", 25.0);
        Fixtures.object(group, "secondaryMetrics").put("distinctProducer", producer);

        final ComparisonTable t = table(group);

        assertEquals(25.0, t.row("notify, 2 producers + poller, distinct tokens").value("builtin"));
        assertNull(t.row("notify, 1 producer + poller, distinct tokens"));
    }

    @Test
    void subjectsAreBackendsInOrderSeenThenPeersInTheirOrder() {
        final ComparisonTable t = table(
            Fixtures.result(PKG + "NotifyBench.pollEmpty", "peer-b", 1, null),
            Fixtures.result(PKG + "NotifyBench.pollEmpty", "zeta", 1, null),
            Fixtures.result(PKG + "NotifyBench.pollEmpty", "peer-a", 1, null),
            Fixtures.result(PKG + "NotifyBench.pollEmpty", "alpha", 1, null));

        assertEquals(List.of("zeta", "alpha", "peer-a", "peer-b"), t.subjects());
    }

    @Test
    void rowsWithoutAnyFigureAreLeftOutAndAFloorAloneIsKept() {
        final ComparisonTable t = table(
            sampled(Fixtures.result(PKG + "FloorParkBench.roundTrip", null, 9000, null), 8000, 20000));

        final ComparisonTable.Row parked = t.row("round trip, channel, parked, p50");
        assertEquals(8000.0, parked.floor());
        assertTrue(Double.isNaN(parked.ratio("builtin")));
        assertNull(t.row("notify, conflated"));
    }
}
