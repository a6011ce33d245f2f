package io.nexus.notify.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One row of the comparison: an operation, the load it belongs to, where each subject's figure
 * comes from, and what its ratios divide by: the row's floor, a subject the row names, or else
 * the best peer. {@link #catalog} lists the rows in display order.
 *
 * @param label      the operation, as shown in the table
 * @param load       the load the row belongs to, which the recommendation ranks backends for
 * @param figure     where each subject's figure comes from
 * @param floor      where the floor's figure comes from, or {@code null}
 * @param floorLabel what the floor is, or {@code null}
 * @param basis      the subject whose figure the ratios divide by, or {@code null}
 */
public record Row(String label, Load load, Figure figure, Figure floor, String floorLabel,
        String basis) {

    /** The kinds of load, shown in the table and ranked by the recommendation. */
    public enum Load {
        /** Producers notifying or publishing, bare, contended or through a channel. */
        NOTIFY,
        /** The event loop polling, receiving and reading. */
        POLL,
        /** Two threads answering each other. */
        ROUND_TRIP;

        @Override
        public String toString() {
            return this == NOTIFY ? "notify-heavy" : this == POLL ? "poll-heavy" : "round trip";
        }
    }

    /**
     * Where a figure comes from: a benchmark's results with some parameter values, read as the
     * median of the average-time iterations or as a sampled percentile, divided by a batch.
     *
     * @param benchmark {@code Class.method}, or {@code Class.group} for a thread group
     * @param params    parameter values the result must have, besides the subject
     * @param metric    the secondary metric read (a thread group's method), or {@code null}
     * @param stat      {@code median}, {@code p50} or {@code p99}
     * @param divisor   what the figure is divided by (tokens, for per-token rows)
     * @param threads   the threads the result ran with, or 0 for any
     */
    public record Figure(String benchmark, Map<String, String> params, String metric,
            String stat, int divisor, int threads) {

        boolean matches(Result r) {
            return r.name().equals(benchmark) && (threads == 0 || r.threads() == threads)
                && r.mode().equals(stat.equals("median") ? "avgt" : "sample")
                && params.entrySet().stream().allMatch(p -> p.getValue().equals(r.param(p.getKey())));
        }

        double value(Result r) {
            final Result.Metric m = metric == null ? r.primaryMetric() : r.secondary(metric);
            return m == null ? Double.NaN : (stat.equals("median") ? m.median()
                : m.percentile(stat.equals("p50") ? "50.0" : "99.0")) / divisor;
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

    /**
     * Lists the rows, in display order; the multi-producer rows come once per thread count
     * found in the results.
     *
     * @param results a run's results
     * @return the rows
     */
    public static List<Row> catalog(List<Result> results) {
        final List<Row> rows = new ArrayList<>();
        final Load n = Load.NOTIFY;
        final Load p = Load.POLL;
        final String swap = "swap-only flag";
        final String claim = "swap + tail claim";
        rows.add(new Row("notify, conflated", n, of("NotifyBench.conflated", "counting", "off"),
            of("FloorBench.swap"), swap, null));
        rows.add(new Row("publish 1 long, conflated", n, of("ValueBench.publishConflated"), null,
            null, null));
        rows.add(new Row("notify, conflated, 2 threads on 1 token", n,
            of("NotifyBench.conflatedContended"), of("FloorBench.swapContended"), swap, null));
        rows.add(new Row("notify new (alone)", n, of("NotifyBench.notifyNew"),
            of("FloorBench.swapAndClaim"), claim, null));
        rows.add(new Row("publish 4 longs, new (alone)", n, of("ValueBench.publishNew"), null,
            null, null));
        rows.add(new Row("notify new through Sender, busy-spin", n,
            of("ChannelBench.notifyNew", "strategy", "busy-spin"), of("FloorBench.swapAndClaim"),
            claim, null));
        rows.add(new Row("notify new through Sender, default strategy", n,
            of("ChannelBench.notifyNew", "strategy", "default"), of("FloorBench.swapAndClaim"),
            claim, null));
        rows.add(new Row("notify new + poll", n, of("NotifyBench.newThenPoll"), null, null, null));
        rows.add(new Row("publish value + poll + take", n, of("ValueBench.publishPollTake"), null,
            null, null));
        rows.add(new Row("notify, conflated, counters on", n,
            of("NotifyBench.conflated", "counting", "on"), null, null, null));
        rows.add(new Row("poll, empty", p, of("NotifyBench.pollEmpty"), null, null, null));
        rows.add(new Row("poll limit 64, empty", p, of("ChannelBench.pollEmpty"), null, null,
            null));
        rows.add(new Row("tryRecv, empty", p, of("ChannelBench.tryRecvEmpty"), null, null, null));
        for (String ready : List.of("8", "128")) {
            final Figure poll = ready.equals("8") ? of("PollBench.poll8", "counting", "off")
                : of("PollBench.poll128");
            rows.add(new Row("poll, " + ready + " ready", p, poll, null, null, null));
            rows.add(new Row("poll, " + ready + " ready, per token", p,
                poll.with("median", Integer.parseInt(ready)), null, null, null));
        }
        rows.add(new Row("poll, 8 ready, counters on", p, of("PollBench.poll8", "counting", "on"),
            null, null, null));
        rows.add(new Row("read 4 longs, per delivered token", p, of("ValueBench.read"), null, null,
            null));
        for (String ready : List.of("64", "4096")) {
            rows.add(new Row("poll limit 32, " + ready + " ready", p,
                of("PollBench.pollLimit32", "ready", ready), null, null, null));
        }
        final String spin = "AtomicLong ping-pong";
        roundTrips(rows, "busy poll", of("RoundTripBench.roundTrip"), "pingPong", spin);
        roundTrips(rows, "channel, default strategy",
            of("RoundTripBench.channel", "strategy", "default"), "pingPong", spin);
        roundTrips(rows, "channel, parked", of("RoundTripBench.channel", "strategy", "park"),
            "park", "park/unpark ping-pong");
        roundTrips(rows, "selector wake-up", of("RoundTripBench.selector"), "select",
            "selector wakeup/select ping-pong");
        final TreeSet<Integer> threads = new TreeSet<>();
        results.stream().filter(r -> r.name().startsWith("MpscBench."))
            .forEach(r -> threads.add(r.threads()));
        for (int t : threads) {
            for (String group : List.of("distinct", "shared")) {
                rows.add(new Row("notify, " + (t - 1) + " producer" + (t == 2 ? "" : "s")
                    + " + poller, " + group + " tokens", n, new Figure("MpscBench." + group,
                    Map.of(), group + "Producer", "median", 1, t), null, null, null));
            }
        }
        return rows;
    }

    /** Adds a round trip's rows, sampled p50 and p99 and average time, against its floor. */
    private static void roundTrips(List<Row> rows, String label, Figure figure, String floor,
            String floorLabel) {
        for (String stat : List.of("p50", "p99", "median")) {
            rows.add(new Row("round trip, " + label + ", " + (stat.equals("median") ? "average"
                : stat), Load.ROUND_TRIP, figure.with(stat, 1), of("FloorBench." + floor)
                .with(stat, 1), floorLabel, null));
        }
    }
}
