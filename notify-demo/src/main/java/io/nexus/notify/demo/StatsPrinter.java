package io.nexus.notify.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * Prints the demo's figures: one line per interval (progress, updates/s, deliveries/s,
 * conflation ratio, latency percentiles of the ticks read in that interval) and, at the end,
 * the totals over the whole run. Used by the one reporting thread.
 */
final class StatsPrinter {

    private static final double NANOS_PER_SECOND = 1e9;

    private final PrintStream out;
    private final LongSupplier updates;
    private final Consumer consumer;
    private final SingleWriterRecorder latency;
    private final int seconds;
    private final long start;
    private final Histogram total;
    private Histogram interval;
    private long lastTime;
    private long lastUpdates;
    private long lastDeliveries;

    /**
     * Creates a printer whose first interval begins at {@code start}.
     *
     * @param out      where to print
     * @param updates  the updates published so far, over all feeds
     * @param consumer the consumer, for the delivery counts
     * @param latency  the consumer's latency recorder
     * @param seconds  the run's length, for the progress column
     * @param start    the {@link System#nanoTime()} at which the feeds started
     */
    StatsPrinter(PrintStream out, LongSupplier updates, Consumer consumer,
            SingleWriterRecorder latency, int seconds, long start) {
        this.out = out;
        this.updates = updates;
        this.consumer = consumer;
        this.latency = latency;
        this.seconds = seconds;
        this.start = start;
        this.total = new Histogram(1, Consumer.MAX_LATENCY_NANOS, 3);
        this.lastTime = start;
    }

    /**
     * Prints the figures of the interval since the previous call (or the start).
     *
     * @param elapsed whole seconds since the start, for the progress column
     */
    void interval(int elapsed) {
        final long now = System.nanoTime();
        final long updates = this.updates.getAsLong();
        final long deliveries = consumer.deliveries();
        interval = latency.getIntervalHistogram(interval);
        total.add(interval);
        final double span = (now - lastTime) / NANOS_PER_SECOND;
        final long newUpdates = updates - lastUpdates;
        final long newDeliveries = deliveries - lastDeliveries;
        out.println(String.format(Locale.ROOT, "[%" + width(seconds) + "d/%d s] updates/s %,10d"
                + "  deliveries/s %,10d  conflation %s  latency %s", elapsed, seconds,
            Math.round(newUpdates / span), Math.round(newDeliveries / span),
            ratio(newUpdates, newDeliveries), percentiles(interval)));
        lastTime = now;
        lastUpdates = updates;
        lastDeliveries = deliveries;
    }

    /**
     * Prints the totals of the whole run. Call once the feeds and the consumer have finished,
     * so that the counts are final and every latency is in.
     *
     * @param end the {@link System#nanoTime()} at which the last feed had stopped
     */
    void total(long end) {
        interval = latency.getIntervalHistogram(interval);
        total.add(interval);
        final double span = (end - start) / NANOS_PER_SECOND;
        final long updates = this.updates.getAsLong();
        final long deliveries = consumer.deliveries();
        out.println(String.format(Locale.ROOT, "total: %,d updates (%,d/s), %,d deliveries"
                + " (%,d with no new tick), conflation %s, latency %s, max %s us", updates,
            Math.round(updates / span), deliveries, consumer.repeats(),
            ratio(updates, deliveries), percentiles(total),
            micros(total.getTotalCount() == 0 ? 0 : total.getMaxValue())));
    }

    /**
     * Sums the feeds' update counts.
     *
     * @param feeds the feeds
     * @return the updates they published so far
     */
    static long updates(List<Feed> feeds) {
        long sum = 0;
        for (Feed f : feeds) {
            sum += f.sent();
        }
        return sum;
    }

    private static int width(int n) {
        return Integer.toString(n).length();
    }

    /** Updates per delivery, or {@code -} when nothing was delivered. */
    private static String ratio(long updates, long deliveries) {
        return deliveries == 0 ? "    -" : String.format(Locale.ROOT, "%5.2f",
            (double) updates / deliveries);
    }

    /** p50, p99 and p99.9 in microseconds, or {@code -} when nothing was recorded. */
    private static String percentiles(Histogram h) {
        if (h.getTotalCount() == 0) {
            return "p50 -, p99 -, p99.9 -";
        }
        return "p50 " + micros(h.getValueAtPercentile(50)) + " us, p99 "
            + micros(h.getValueAtPercentile(99)) + " us, p99.9 "
            + micros(h.getValueAtPercentile(99.9)) + " us";
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, "%,.1f", nanos / 1e3);
    }
}
