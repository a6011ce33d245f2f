package io.nexus.notify.channel;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.SleepingMillisIdleStrategy;

/**
 * Maps the Agrona idle strategies that sleep to the channel's own timed parks, so that the
 * channel's park protocol bounds each sleep by the receive's deadline and a sender's unpark or
 * {@code close()} ends it at once. Inside Agrona, {@link SleepingMillisIdleStrategy} calls
 * {@code Thread.sleep}, which no unpark ends, and every sleeping strategy sleeps its whole
 * period whatever the deadline.
 *
 * <p>Agrona exposes no accessor for the periods, so they are read from the strategies'
 * {@code toString()} ({@code SleepingMillisIdleStrategy{alias=sleep-ms, sleepPeriodMs=1}} and
 * the like). If a later Agrona changes that text, the strategy is not mapped and idles as
 * Agrona idles it, which is slower to wake but still loses nothing;
 * {@code AgronaStrategiesWakeUpTest} fails in that case.
 */
final class AgronaTimedParks {

    private AgronaTimedParks() {
    }

    /**
     * Returns the wait strategy that parks as {@code idle} would sleep, or {@code null} if
     * {@code idle} does not sleep or is not a strategy this class knows.
     */
    static WaitStrategy of(IdleStrategy idle) {
        final String text = idle.toString();
        if (idle instanceof SleepingMillisIdleStrategy) {
            final long ms = field(text, "sleepPeriodMs");
            return ms < 0 ? null : sleeps(ms > Long.MAX_VALUE / 1_000_000L
                ? Long.MAX_VALUE : ms * 1_000_000L);
        }
        if (idle instanceof SleepingIdleStrategy) {
            final long ns = field(text, "sleepPeriodNs");
            return ns < 0 ? null : sleeps(ns);
        }
        if (idle instanceof BackoffIdleStrategy) {
            final long spins = field(text, "maxSpins");
            final long yields = field(text, "maxYields");
            final long minPark = field(text, "minParkPeriodNs");
            final long maxPark = field(text, "maxParkPeriodNs");
            if (spins < 0 || yields < 0 || minPark < 0 || maxPark < 0) {
                return null;
            }
            final long min = Math.max(1, minPark);
            return new Backoff((int) Math.min(spins, Integer.MAX_VALUE),
                (int) Math.min(yields, Integer.MAX_VALUE), min, Math.max(min, maxPark));
        }
        return null;
    }

    /** A strategy that parks {@code nanos} (at least 1) on every idle step. */
    private static WaitStrategy sleeps(long nanos) {
        final long park = Math.max(1, nanos);
        return new Backoff(0, 0, park, park);
    }

    /** Reads {@code name=<digits>} from {@code text}; {@code -1} if absent or not a number. */
    static long field(String text, String name) {
        final String key = name + "=";
        int at = text.indexOf(key);
        // Match a whole key: "maxSpins=" must not be found inside "xmaxSpins=".
        while (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            at = text.indexOf(key, at + 1);
        }
        if (at < 0) {
            return -1;
        }
        final int start = at + key.length();
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        if (end == start || end - start > 18) {
            return -1;
        }
        return Long.parseLong(text.substring(start, end));
    }
}
