package io.nexus.notify.demo;

import io.nexus.notify.Events;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.value.LatestLongs;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * The consumer thread's work: blocks in {@link Receiver#recv(Events)} until instruments
 * changed, reads the latest tick of each one delivered, records how long ago it was published,
 * and keeps it as its view of the market. Runs until the channel is closed and drained
 * ({@link Receiver#CLOSED}).
 *
 * <p>A delivery whose version the consumer has already read carries no new tick: the feed
 * wrote that tick before the notify that queued the instrument again, and the consumer read it
 * on the delivery before. It is counted as a repeat and its latency is not recorded.
 */
final class Consumer implements Runnable {

    /** The largest latency the histogram tracks; longer ones are recorded as this. */
    static final long MAX_LATENCY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Receiver receiver;
    private final LatestLongs ticks;
    private final TickTable view;
    private final SingleWriterRecorder latency;
    private final AtomicLong deliveries = new AtomicLong();
    private final AtomicLong repeats = new AtomicLong();

    /**
     * Creates a consumer.
     *
     * @param receiver the channel's receiver
     * @param ticks    the ticks the feeds publish
     * @param view     where it keeps the last tick it read per instrument
     * @param latency  where it records publish-to-read latency, in nanoseconds
     */
    Consumer(Receiver receiver, LatestLongs ticks, TickTable view,
            SingleWriterRecorder latency) {
        this.receiver = receiver;
        this.ticks = ticks;
        this.view = view;
        this.latency = latency;
    }

    /**
     * Returns how many instruments were delivered so far. Any thread.
     *
     * @return the count, as of the end of the consumer's last batch
     */
    long deliveries() {
        return deliveries.get();
    }

    /**
     * Returns how many deliveries carried no new tick. Any thread.
     *
     * @return the count, as of the end of the consumer's last batch
     */
    long repeats() {
        return repeats.get();
    }

    /**
     * Receives and reads until the channel is closed and drained.
     *
     * @throws IllegalStateException if the thread is interrupted while it waits
     */
    @Override
    public void run() {
        final Events events = Events.withCapacity(ticks.capacity());
        final long[] tick = new long[Tick.WIDTH];
        long delivered = 0;
        long repeated = 0;
        try {
            while (receiver.recv(events) != Receiver.CLOSED) {
                final int n = events.size();
                for (int i = 0; i < n; i++) {
                    final int instrument = events.index(i);
                    final long version = ticks.read(instrument, tick);
                    if (version == view.version(instrument)) {
                        repeated++;
                        continue;
                    }
                    final long age = System.nanoTime() - tick[Tick.TIME];
                    latency.recordValue(Math.max(0, Math.min(age, MAX_LATENCY_NANOS)));
                    view.put(instrument, version, tick);
                }
                delivered += n;
                deliveries.lazySet(delivered);
                repeats.lazySet(repeated);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the consumer was interrupted while receiving", e);
        }
    }
}
