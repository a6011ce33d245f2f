package io.nexus.notify.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rows of the comparison, in display order, mapping each operation to the benchmark that
 * measures it. Rows whose benchmark was not run (left out by {@code --bench}, or not in this
 * build) simply have no cells; rows for multi-producer throughput are added for each producer
 * count found in the results. The channel rows sit next to the bare-queue rows they extend: a
 * new notify through a sender (under a never-parking strategy and under the default one) next
 * to the bare one, and a receive of an empty channel next to a poll of its queue with the same
 * limit. Round trips are compared with the floor of their waiting kind: busy polling and the
 * channel under the default strategy (which answers while spinning) with the atomic
 * ping-pong, the parked channel with the {@code LockSupport} park/unpark ping-pong, the
 * selector wake-up with two threads pinging through {@code Selector.wakeup()} and
 * {@code select()}. The single-thread queue's rows ({@code local}) are compared with the
 * {@code builtin} figure measured beside it in the same benchmark. The latest-value rows
 * likewise sit under the queue rows they extend: a one-field publish of a pending token under
 * the conflated notify, a four-field publish of an idle token under the new notify, a value's
 * publish, poll and take under the new notify and poll, a tuple's read per delivered token
 * under the poll's cost per token. They are compared with the best peer (the value layer over
 * the peer queues, or the value peers), not with a floor, so that a run of the floors alone
 * shows no empty latest-value rows.
 */
public final class Catalog {

    /** The label of the busy-poll round trip rows' floor. */
    static final String CROSS_CORE_FLOOR = "AtomicLong ping-pong";
    /** The label of the parked round trip rows' floor. */
    static final String WAKE_UP_FLOOR = "park/unpark ping-pong";
    /** The label of the new notify row's floor. */
    static final String CLAIM_FLOOR = "swap + tail claim";
    /** The label of the notify rows' floor. */
    static final String SWAP_FLOOR = "swap-only flag";
    /** The label of the selector wake-up round trip rows' floor. */
    static final String SELECTOR_FLOOR = "selector wakeup/select ping-pong";
    /** The subject the single-thread queue's rows are compared with. */
    static final String LOCAL_BASIS = "builtin";

    private static final String MPSC = "MpscBench";

    private Catalog() {
    }

    /**
     * Returns the rows for a set of results.
     *
     * @param results the results; used only to find the producer counts of the multi-producer
     *     benchmarks
     * @return the rows, in display order
     */
    public static List<RowSpec> rows(List<Measurement> results) {
        final List<RowSpec> rows = new ArrayList<>();
        rows.add(new RowSpec("notify, conflated",
            Figure.of("NotifyBench.conflated", Statistic.SCORE),
            Figure.of("FloorSwapBench.swap", Statistic.SCORE), SWAP_FLOOR));
        rows.add(RowSpec.vsPeers("publish 1 long, conflated",
            Figure.of("LatestLongsBench.publishConflated", Statistic.SCORE)));
        rows.add(new RowSpec("notify, conflated, 2 threads on 1 token",
            Figure.of("NotifyContendedBench.conflated", Statistic.SCORE),
            Figure.of("FloorSwapBench.swapContended", Statistic.SCORE), SWAP_FLOOR));
        rows.add(new RowSpec("notify new (alone)",
            Figure.of("NotifyNewBench.notifyNew", Statistic.SCORE),
            Figure.of("FloorSwapBench.swapAndClaim", Statistic.SCORE), CLAIM_FLOOR));
        rows.add(RowSpec.vsPeers("publish 4 longs, new (alone)",
            Figure.of("LatestLongsNewBench.publishNew", Statistic.SCORE)));
        rows.add(RowSpec.vsSubject("notify new, one thread, local vs builtin",
            Figure.of("LocalQueueBench.notifyNew", Statistic.SCORE), LOCAL_BASIS));
        rows.add(new RowSpec("notify new through Sender, busy-spin",
            strategy("SenderBench.notifyNew", "busy-spin", Statistic.SCORE),
            Figure.of("FloorSwapBench.swapAndClaim", Statistic.SCORE), CLAIM_FLOOR));
        rows.add(new RowSpec("notify new through Sender, default strategy",
            strategy("SenderBench.notifyNew", "default", Statistic.SCORE),
            Figure.of("FloorSwapBench.swapAndClaim", Statistic.SCORE), CLAIM_FLOOR));
        rows.add(RowSpec.vsPeers("notify new + poll",
            Figure.of("NotifyBench.newThenPoll", Statistic.SCORE)));
        rows.add(RowSpec.vsPeers("publish value + poll + take",
            Figure.of("LatestValuesBench.publishPollTake", Statistic.SCORE)));
        for (String counting : List.of("off", "on")) {
            rows.add(RowSpec.vsPeers("notify, conflated, counters " + counting,
                new Figure("CountingBench.conflated", Map.of("counting", counting), 0, null,
                    Statistic.SCORE, 1)));
        }
        for (String counting : List.of("off", "on")) {
            rows.add(RowSpec.vsPeers("poll, 8 ready, counters " + counting,
                new Figure("CountingBench.poll8", Map.of("counting", counting), 0, null,
                    Statistic.SCORE, 1)));
        }
        rows.add(RowSpec.vsPeers("poll, empty",
            Figure.of("NotifyBench.pollEmpty", Statistic.SCORE)));
        rows.add(RowSpec.vsPeers("poll limit 64, empty",
            Figure.of("ReceiverBench.pollEmpty", Statistic.SCORE)));
        rows.add(RowSpec.vsPeers("tryRecv, empty",
            Figure.of("ReceiverBench.tryRecvEmpty", Statistic.SCORE)));
        rows.add(RowSpec.vsPeers("poll, 8 ready",
            Figure.of("PollReadyBench.poll8", Statistic.SCORE)));
        rows.add(RowSpec.vsPeers("poll, 8 ready, per token",
            new Figure("PollReadyBench.poll8", Map.of(), 0, null, Statistic.SCORE, 8)));
        rows.add(RowSpec.vsPeers("poll, 128 ready",
            Figure.of("PollReadyBench.poll128", Statistic.SCORE)));
        rows.add(RowSpec.vsPeers("poll, 128 ready, per token",
            new Figure("PollReadyBench.poll128", Map.of(), 0, null, Statistic.SCORE, 128)));
        rows.add(RowSpec.vsSubject("poll, 128 ready, per token, one thread, local vs builtin",
            new Figure("LocalQueueBench.poll128", Map.of(), 0, null, Statistic.SCORE, 128),
            LOCAL_BASIS));
        rows.add(RowSpec.vsPeers("read 4 longs, per delivered token",
            Figure.of("LatestLongsBench.read", Statistic.SCORE)));
        rows.add(RowSpec.vsPeers("poll limit 32, 64 ready", limit("64")));
        rows.add(RowSpec.vsPeers("poll limit 32, 4096 ready", limit("4096")));
        for (Statistic s : List.of(Statistic.P50, Statistic.P99)) {
            rows.add(new RowSpec("round trip, busy poll, " + s.label(),
                Figure.of("RoundTripBench.roundTrip", s),
                Figure.of("FloorPingPongBench.roundTrip", s), CROSS_CORE_FLOOR));
        }
        for (Statistic s : List.of(Statistic.P50, Statistic.P99)) {
            rows.add(new RowSpec("round trip, channel, default strategy, " + s.label(),
                strategy("ChannelRoundTripBench.roundTrip", "default", s),
                Figure.of("FloorPingPongBench.roundTrip", s), CROSS_CORE_FLOOR));
        }
        for (Statistic s : List.of(Statistic.P50, Statistic.P99)) {
            rows.add(new RowSpec("round trip, channel, parked, " + s.label(),
                strategy("ChannelRoundTripBench.roundTrip", "park", s),
                Figure.of("FloorParkBench.roundTrip", s), WAKE_UP_FLOOR));
        }
        for (Statistic s : List.of(Statistic.P50, Statistic.P99)) {
            rows.add(new RowSpec("round trip, selector wake-up, " + s.label(),
                Figure.of("SelectorRoundTripBench.roundTrip", s),
                Figure.of("FloorSelectorBench.roundTrip", s), SELECTOR_FLOOR));
        }
        final TreeSet<Integer> threadCounts = new TreeSet<>();
        for (Measurement m : results) {
            if (m.benchmark().startsWith(MPSC + ".")) {
                threadCounts.add(m.threads());
            }
        }
        for (int threads : threadCounts) {
            final int producers = threads - 1;
            final String who = producers == 1 ? "1 producer" : producers + " producers";
            rows.add(RowSpec.vsPeers("notify, " + who + " + poller, distinct tokens",
                new Figure(MPSC + ".distinct", Map.of(), threads, "distinctProducer",
                    Statistic.SCORE, 1)));
            rows.add(RowSpec.vsPeers("notify, " + who + " + poller, shared tokens",
                new Figure(MPSC + ".shared", Map.of(), threads, "sharedProducer",
                    Statistic.SCORE, 1)));
        }
        return rows;
    }

    /** A channel benchmark's figure under one wait strategy (its {@code strategy} parameter). */
    private static Figure strategy(String benchmark, String strategy, Statistic statistic) {
        return new Figure(benchmark, Map.of("strategy", strategy), 0, null, statistic, 1);
    }

    private static Figure limit(String ready) {
        return new Figure("PollLimitBench.pollLimit32", Map.of("ready", ready), 0, null,
            Statistic.SCORE, 1);
    }
}
