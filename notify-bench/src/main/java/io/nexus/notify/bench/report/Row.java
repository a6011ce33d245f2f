package io.nexus.notify.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One row of the comparison: an operation, the load it belongs to, where each subject's figure
 * and the floor's come from; without a floor, ratios divide by the best peer. {@link #catalog}
 * lists the rows in display order.
 */
record Row(String label, Load load, Figure figure, Figure floor, String floorLabel) {

    /** The kinds of load, shown in the table and ranked by the recommendation. */
    enum Load {
        NOTIFY, POLL, ROUND_TRIP;

        @Override
        public String toString() {
            return this == NOTIFY ? "notify-heavy" : this == POLL ? "poll-heavy" : "round trip";
        }
    }

    /**
     * Where a figure comes from: the results of a benchmark ({@code Class.method}, or a thread
     * group's {@code Class.group} with its method's secondary {@code metric}) with some
     * parameter values and {@code threads} (0: any), read as the median of the average-time
     * iterations or a sampled percentile ({@code stat}), divided by {@code divisor} tokens.
     */
    record Figure(String benchmark, Map<String, String> params, String metric, String stat,
            int divisor, int threads) {

        boolean matches(Result r) {
            return r.name().equals(benchmark) && (threads == 0 || r.threads() == threads)
                && r.mode().equals(stat.equals("median") ? "avgt" : "sample")
                && params.entrySet().stream()
                    .allMatch(e -> e.getValue().equals(r.param(e.getKey())));
        }

        double value(Result r) {
            final Result.Metric m = metric == null ? r.primaryMetric() : r.secondary(metric);
            return m == null ? Double.NaN
                : m.percentile(stat.equals("p99") ? "99.0" : "50.0") / divisor;
        }

        /** JMH's error of the figure; {@code NaN} for a percentile. */
        double error(Result r) {
            final Result.Metric m = metric == null ? r.primaryMetric() : r.secondary(metric);
            return m == null || !stat.equals("median") ? Double.NaN : m.scoreError() / divisor;
        }

        Figure with(String newStat, int newDivisor) {
            return new Figure(benchmark, params, metric, newStat, newDivisor, threads);
        }
    }

    static Figure of(String benchmark, String... param) {
        return new Figure(benchmark, param.length == 0 ? Map.of() : Map.of(param[0], param[1]),
            null, "median", 1, 0);
    }

    /** The rows, in display order; the multi-producer rows once per thread count run. */
    static List<Row> catalog(List<Result> results) {
        final List<Row> rows = new ArrayList<>();
        final Load n = Load.NOTIFY;
        final Load p = Load.POLL;
        final Figure claim = of("FloorBench.swapAndClaim");
        rows.add(new Row("notify, conflated", n, of("NotifyBench.conflated", "counting", "off"),
            of("FloorBench.swap"), "swap-only flag"));
        peers(rows, "publish 1 long, conflated", n, of("ValueBench.publishConflated"));
        rows.add(new Row("notify, conflated, 2 threads on 1 token", n,
            of("NotifyBench.conflatedContended"), of("FloorBench.swapContended"), "swap-only"
            + " flag"));
        rows.add(new Row("notify new (alone)", n, of("NotifyBench.notifyNew"), claim,
            "swap + tail claim"));
        peers(rows, "publish 4 longs, new (alone)", n, of("ValueBench.publishNew"));
        rows.add(new Row("notify new through Sender, busy-spin", n,
            of("ChannelBench.notifyNew", "strategy", "busy-spin"), claim, "swap + tail claim"));
        rows.add(new Row("notify new through Sender, default strategy", n,
            of("ChannelBench.notifyNew", "strategy", "default"), claim, "swap + tail claim"));
        peers(rows, "notify new + poll", n, of("NotifyBench.newThenPoll"));
        peers(rows, "publish value + poll + take", n, of("ValueBench.publishPollTake"));
        peers(rows, "notify, conflated, counters on", n, of("NotifyBench.conflated", "counting",
            "on"));
        peers(rows, "poll, empty", p, of("NotifyBench.pollEmpty"));
        peers(rows, "poll limit 64, empty", p, of("ChannelBench.pollEmpty"));
        peers(rows, "tryRecv, empty", p, of("ChannelBench.tryRecvEmpty"));
        for (int ready : new int[] {8, 128}) {
            final Figure poll = ready == 8 ? of("PollBench.poll8", "counting", "off")
                : of("PollBench.poll128");
            peers(rows, "poll, " + ready + " ready", p, poll);
            peers(rows, "poll, " + ready + " ready, per token", p, poll.with("median", ready));
        }
        peers(rows, "poll, 8 ready, counters on", p, of("PollBench.poll8", "counting", "on"));
        peers(rows, "read 4 longs, per delivered token", p, of("ValueBench.read"));
        for (String ready : List.of("64", "4096")) {
            peers(rows, "poll limit 32, " + ready + " ready", p,
                of("PollBench.pollLimit32", "ready", ready));
        }
        final String spin = "AtomicLong ping-pong";
        final Figure pingPong = of("FloorBench.pingPong");
        roundTrips(rows, "busy poll", of("RoundTripBench.roundTrip"), pingPong, spin);
        roundTrips(rows, "channel, default strategy",
            of("RoundTripBench.channel", "strategy", "default"), pingPong, spin);
        roundTrips(rows, "channel, parked", of("RoundTripBench.channel", "strategy", "park"),
            of("FloorBench.wakeUp", "by", "park"), "park/unpark ping-pong");
        roundTrips(rows, "selector wake-up", of("RoundTripBench.selector"),
            of("FloorBench.wakeUp", "by", "select"), "selector wakeup/select ping-pong");
        for (String transport : List.of("ipc", "udp")) {
            for (String stat : List.of("p50", "p99")) {
                rows.add(new Row("round trip across Aeron, " + transport + ", " + stat,
                    Load.ROUND_TRIP, of("AeronBench.roundTrip", "transport", transport).with(stat, 1),
                    of("AeronBench.rawRoundTrip", "transport", transport).with(stat, 1),
                    "raw Aeron ping-pong"));
            }
        }
        rows.add(new Row("publish 1 long across Aeron, conflated", n, of("AeronBench.publish"),
            of("AeronBench.publishLocal"), "LatestLongs.publish"));
        peers(rows, "offer 1 update across Aeron, slow consumer", n, of("AeronBench.conflation"));
        final TreeSet<Integer> threads = new TreeSet<>();
        results.stream().filter(r -> r.name().startsWith("MpscBench."))
            .forEach(r -> threads.add(r.threads()));
        for (int t : threads) {
            for (String tokens : List.of("distinct", "shared")) {
                peers(rows, "notify, " + (t - 1) + " producer" + (t == 2 ? "" : "s")
                    + " + poller, " + tokens + " tokens", n, new Figure("MpscBench.mpsc",
                    Map.of("tokens", tokens), "producer", "median", 1, t));
            }
        }
        return rows;
    }

    /** Adds a row compared with the best peer. */
    private static void peers(List<Row> rows, String label, Load load, Figure figure) {
        rows.add(new Row(label, load, figure, null, null));
    }

    /** Adds a round trip's rows, sampled p50 and p99 and average time, against its floor. */
    private static void roundTrips(List<Row> rows, String label, Figure figure, Figure floor,
            String floorLabel) {
        for (String stat : List.of("p50", "p99", "median")) {
            rows.add(new Row("round trip, " + label + ", " + (stat.equals("median") ? "average"
                : stat), Load.ROUND_TRIP, figure.with(stat, 1), floor.with(stat, 1),
                floorLabel));
        }
    }
}
