package io.nexus.notify.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One row of the comparison: an operation, the load it belongs to, where each subject's
 * figure comes from, and what its ratios divide by: the row's floor, a subject the row names,
 * or (when neither is given) the best peer. {@link #catalog} lists the rows in display order.
 *
 * @param label      the operation, as shown in the table
 * @param load       the load the row belongs to, which the recommendation ranks backends for
 * @param figure     where each subject's figure comes from
 * @param floor      where the floor's figure comes from, or {@code null}
 * @param floorLabel what the floor is, or {@code null} exactly when {@code floor} is
 * @param basis      the subject whose figure the ratios divide by, or {@code null}
 */
public record Row(String label, Load load, Figure figure, Figure floor, String floorLabel,
        String basis) {

    /** The kinds of load, each a column of the table and a line of the recommendation. */
    public enum Load {
        /** Producers notifying, single or contended, bare or through a channel or value. */
        NOTIFY("notify-heavy"),
        /** The event loop polling, reading and receiving. */
        POLL("poll-heavy"),
        /** Two threads answering each other. */
        ROUND_TRIP("round trip");

        private final String label;

        Load(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * Where a figure comes from: the results of one benchmark and parameter values, read as
     * the median of the measurement iterations or a sampled percentile.
     *
     * @param benchmark {@code Class.method}, or {@code Class.group} for a thread group
     * @param params    parameter values the result must have, besides the subject
     * @param metric    the secondary metric read (a thread group's method), or {@code null}
     * @param stat      {@code median} (average-time mode), {@code p50} or {@code p99} (sample)
     * @param divisor   what the figure is divided by: a batch's tokens for per-token rows
     * @param threads   the threads the result must have run with, or 0 for any
     */
    public record Figure(String benchmark, Map<String, String> params, String metric,
            String stat, int divisor, int threads) {

        boolean matches(Result r) {
            if (!r.name().equals(benchmark) || threads != 0 && r.threads() != threads
                    || !r.mode().equals(stat.equals(MEDIAN) ? "avgt" : "sample")) {
                return false;
            }
            return params.entrySet().stream().allMatch(p -> p.getValue().equals(r.param(p.getKey())));
        }

        private Result.Metric metricOf(Result r) {
            return metric == null ? r.primaryMetric() : r.secondary(metric);
        }

        double value(Result r) {
            final Result.Metric m = metricOf(r);
            final double v = m == null ? Double.NaN : switch (stat) {
                case MEDIAN -> m.median();
                case "p50" -> m.percentile("50.0");
                default -> m.percentile("99.0");
            };
            return v / divisor;
        }

        /** JMH's error of the figure, or {@code NaN} for percentiles. */
        double error(Result r) {
            final Result.Metric m = metricOf(r);
            return m == null || !stat.equals(MEDIAN) ? Double.NaN : m.scoreError() / divisor;
        }

        Figure per(int tokens) {
            return new Figure(benchmark, params, metric, stat, tokens, threads);
        }

        Figure at(String percentile) {
            return new Figure(benchmark, params, metric, percentile, divisor, threads);
        }
    }

    private static final String MEDIAN = "median";
    private static final String SWAP = "swap-only flag";
    private static final String CLAIM = "swap + tail claim";

    static Figure of(String benchmark, String... param) {
        return new Figure(benchmark, param.length == 0 ? Map.of() : Map.of(param[0], param[1]),
            null, MEDIAN, 1, 0);
    }

    /**
     * Lists the rows for a run, in display order: rows whose benchmark did not run have no
     * cells and are left out of the table; the multi-producer rows come once per thread count
     * found in the results.
     *
     * @param results the run's results
     * @return the rows
     */
    public static List<Row> catalog(List<Result> results) {
        final List<Row> rows = new ArrayList<>();
        final Load n = Load.NOTIFY;
        final Load p = Load.POLL;
        rows.add(new Row("notify, conflated", n, of("NotifyBench.conflated"),
            of("FloorBench.swap"), SWAP, null));
        rows.add(new Row("publish 1 long, conflated", n, of("ValueBench.publishConflated"),
            null, null, null));
        rows.add(new Row("notify, conflated, 2 threads on 1 token", n,
            of("NotifyBench.conflatedContended"), of("FloorBench.swapContended"), SWAP, null));
        rows.add(new Row("notify new (alone)", n, of("NotifyBench.notifyNew"),
            of("FloorBench.swapAndClaim"), CLAIM, null));
        rows.add(new Row("publish 4 longs, new (alone)", n, of("ValueBench.publishNew"),
            null, null, null));
        rows.add(new Row("notify new, one thread, local vs builtin", n,
            of("LocalQueueBench.notifyNew"), null, null, "builtin"));
        for (String strategy : List.of("busy-spin", "default")) {
            rows.add(new Row("notify new through Sender, " + strategy
                + (strategy.equals("default") ? " strategy" : ""), n,
                of("ChannelBench.notifyNew", "strategy", strategy),
                of("FloorBench.swapAndClaim"), CLAIM, null));
        }
        rows.add(new Row("notify new + poll", n, of("NotifyBench.newThenPoll"), null, null, null));
        rows.add(new Row("publish value + poll + take", n,
            of("ValueBench.publishPollTake"), null, null, null));
        for (String counting : List.of("off", "on")) {
            rows.add(new Row("notify, conflated, counters " + counting, n,
                of("CountingBench.conflated", "counting", counting), null, null, null));
        }
        for (String counting : List.of("off", "on")) {
            rows.add(new Row("poll, 8 ready, counters " + counting, p,
                of("CountingBench.poll8", "counting", counting), null, null, null));
        }
        rows.add(new Row("poll, empty", p, of("NotifyBench.pollEmpty"), null, null, null));
        rows.add(new Row("poll limit 64, empty", p, of("ChannelBench.pollEmpty"), null, null,
            null));
        rows.add(new Row("tryRecv, empty", p, of("ChannelBench.tryRecvEmpty"), null, null, null));
        for (int ready : new int[] {8, 128}) {
            final Figure poll = of("PollBench.poll" + ready);
            rows.add(new Row("poll, " + ready + " ready", p, poll, null, null, null));
            rows.add(new Row("poll, " + ready + " ready, per token", p, poll.per(ready), null,
                null, null));
        }
        rows.add(new Row("poll, 128 ready, per token, one thread, local vs builtin", p,
            of("LocalQueueBench.poll128").per(128), null, null, "builtin"));
        rows.add(new Row("read 4 longs, per delivered token", p, of("ValueBench.read"),
            null, null, null));
        for (String ready : List.of("64", "4096")) {
            rows.add(new Row("poll limit 32, " + ready + " ready", p,
                of("PollBench.pollLimit32", "ready", ready), null, null, null));
        }
        roundTrips(rows, "round trip, busy poll", of("RoundTripBench.roundTrip"),
            of("FloorBench.pingPong"), "AtomicLong ping-pong");
        roundTrips(rows, "round trip, channel, default strategy",
            of("RoundTripBench.channel", "strategy", "default"),
            of("FloorBench.pingPong"), "AtomicLong ping-pong");
        roundTrips(rows, "round trip, channel, parked",
            of("RoundTripBench.channel", "strategy", "park"),
            of("FloorBench.park"), "park/unpark ping-pong");
        roundTrips(rows, "round trip, selector wake-up", of("RoundTripBench.selector"),
            of("FloorBench.select"), "selector wakeup/select ping-pong");
        final TreeSet<Integer> threads = new TreeSet<>();
        results.stream().filter(r -> r.name().startsWith("MpscBench."))
            .forEach(r -> threads.add(r.threads()));
        for (int t : threads) {
            final String who = (t - 1) + " producer" + (t == 2 ? "" : "s");
            for (String group : List.of("distinct", "shared")) {
                rows.add(new Row("notify, " + who + " + poller, " + group + " tokens", n,
                    new Figure("MpscBench." + group, Map.of(), group + "Producer", MEDIAN, 1, t),
                    null, null, null));
            }
        }
        return rows;
    }

    /** Adds a round trip's rows: its median and p99 sampled, then its average-time figure. */
    private static void roundTrips(List<Row> rows, String label, Figure figure, Figure floor,
            String floorLabel) {
        for (String s : List.of("p50", "p99")) {
            rows.add(new Row(label + ", " + s, Load.ROUND_TRIP, figure.at(s), floor.at(s),
                floorLabel, null));
        }
        rows.add(new Row(label + ", average", Load.ROUND_TRIP, figure, floor, floorLabel, null));
    }
}
