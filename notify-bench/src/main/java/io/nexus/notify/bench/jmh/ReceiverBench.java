package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.WaitStrategy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A non-blocking receive on an empty channel, next to a poll of the same empty queue with the
 * same limit: the difference is what the channel adds to every receive (its closed check and
 * its claim and release of the receiver) on the path an idle event loop takes in a tight loop.
 */
public class ReceiverBench extends Subject {

    private static final int CAPACITY = 1024;
    private static final int LIMIT = 64;

    private EventChannel channel;
    private Receiver receiver;
    private Poller poller;
    private final Events events = Events.withCapacity(CAPACITY);

    /** Builds the channel and keeps the poller of the queue under it. */
    @Setup(Level.Trial)
    public void setUp() {
        final EventQueue queue = queue(CAPACITY);
        channel = EventChannel.over(queue, WaitStrategy.busySpin());
        receiver = channel.receiver();
        poller = queue.poller();
    }

    /** Closes the channel. */
    @TearDown(Level.Trial)
    public void tearDown() {
        channel.close();
    }

    /**
     * Receives, without waiting, from a channel with nothing pending.
     *
     * @return the number received (0), consumed so the call is not eliminated
     */
    @Benchmark
    public int tryRecvEmpty() {
        return receiver.tryRecv(events, LIMIT);
    }

    /**
     * Polls the channel's queue directly, with the same limit, with nothing pending.
     *
     * @return the number polled (0), consumed so the call is not eliminated
     */
    @Benchmark
    public int pollEmpty() {
        return poller.poll(events, LIMIT);
    }
}
