package io.nexus.notify.demo;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A feed thread's work: publishes ticks for its own contiguous range of instruments at its
 * share of the rate, each a random walk of the instrument's last tick, and records every tick
 * it publishes in the table of last published ticks. Runs until {@link #stop()}.
 *
 * <p>Each instrument has exactly one feed, so the version a feed counts for an instrument is
 * the version the {@code LatestLongs} it publishes into reports for it, and "the last tick
 * published" is well defined.
 */
final class Feed implements Runnable {

    /** How long a feed that is ahead of its rate pauses before it looks again. */
    private static final long PAUSE_NANOS = 50_000;
    /** The most ticks published between two looks at the stop flag. */
    private static final long MAX_BURST = 1_024;
    /** The first bid of instrument 0; instrument {@code i} starts {@code i} above it. */
    private static final long FIRST_BID = 10_000;

    private final TickSink ticks;
    private final TickTable published;
    private final int first;
    private final int count;
    private final Pacer pacer;
    private final long seed;
    private final AtomicLong sent = new AtomicLong();
    private volatile boolean stopped;

    /**
     * Creates a feed.
     *
     * @param ticks     where it publishes: a {@code LatestLongs}, or a publisher to another
     *                  process
     * @param published where it records the last tick it published per instrument
     * @param first     its first instrument
     * @param count     how many instruments it owns, from {@code first} on
     * @param pacer     its rate
     * @param seed      the seed of its random walk
     */
    Feed(TickSink ticks, TickTable published, int first, int count, Pacer pacer, long seed) {
        this.ticks = ticks;
        this.published = published;
        this.first = first;
        this.count = count;
        this.pacer = pacer;
        this.seed = seed;
    }

    /**
     * Returns how many ticks this feed has published so far. Any thread.
     *
     * @return the count, as of the end of the feed's last burst
     */
    long sent() {
        return sent.get();
    }

    /** Asks the feed to stop after its current burst. Any thread. */
    void stop() {
        stopped = true;
    }

    /** Publishes ticks at the feed's rate until stopped. */
    @Override
    public void run() {
        final SplittableRandom random = new SplittableRandom(seed);
        final long[] tick = new long[Tick.WIDTH];
        long done = 0;
        while (!stopped) {
            final long due = pacer.due(System.nanoTime());
            if (done >= due) {
                LockSupport.parkNanos(PAUSE_NANOS);
                continue;
            }
            final long burst = Math.min(due - done, MAX_BURST);
            for (long k = 0; k < burst; k++) {
                publishOne(random, tick);
            }
            done += burst;
            sent.lazySet(done);
        }
    }

    /** Publishes the next tick of a random instrument of this feed and records it. */
    private void publishOne(SplittableRandom random, long[] tick) {
        final int instrument = first + random.nextInt(count);
        final long version = published.version(instrument) + 1;
        final long bid = version == 1
            ? FIRST_BID + instrument
            : Math.max(1, published.field(instrument, Tick.BID) + random.nextInt(5) - 2);
        tick[Tick.BID] = bid;
        tick[Tick.ASK] = bid + 1 + random.nextInt(3);
        tick[Tick.SIZE] = 100L * (1 + random.nextInt(10));
        tick[Tick.TIME] = System.nanoTime();
        ticks.publish(instrument, tick[Tick.BID], tick[Tick.ASK], tick[Tick.SIZE],
            tick[Tick.TIME]);
        published.put(instrument, version, tick);
    }
}
