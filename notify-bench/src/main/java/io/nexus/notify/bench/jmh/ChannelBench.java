package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.Sender;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * What a blocking channel adds to its queue on one thread: a new notify through its
 * {@link Sender}, timed as {@link NotifyBench#notifyNew}; a receive from an empty channel next to
 * a poll of its empty queue with the same limit.
 */
public class ChannelBench extends Subject {

    private static final int BATCH = NotifyBench.BATCH;

    private Receiver receiver;
    private Poller poller;
    private final Events events = Events.withCapacity(BATCH);

    /** Builds a busy-spin channel and keeps the poller of the queue under it. */
    @Setup(Level.Trial)
    public void setUp() {
        final EventQueue queue = queue(BATCH);
        receiver = own(EventChannel.over(queue, strategy("busy-spin"))).receiver();
        poller = queue.poller();
    }

    /** A channel drained untimed with {@code tryRecv} before each batch: no receiver waits. */
    public static class Sending extends Subject {
        /**
         * {@code busy-spin}: the receiver never parks, so a sender has none to look for;
         * {@code default}: every new notify also checks for a parked receiver (none ever is).
         */
        @Param({"busy-spin", "default"})
        public String strategy;

        Sender sender;
        Receiver receiver;
        final Events events = Events.withCapacity(BATCH);

        /** Builds the channel. */
        @Setup(Level.Trial)
        public void setUp() {
            final EventChannel channel = own(EventChannel.over(queue(BATCH), strategy(strategy)));
            sender = channel.sender();
            receiver = channel.receiver();
        }

        /** Drains the channel, untimed, checking that the last batch came back whole. */
        @Setup(Level.Invocation)
        public void drain() {
            final int n = receiver.tryRecv(events, BATCH);
            if (n != 0 && n != BATCH) {
                throw new IllegalStateException("received " + n + " tokens, expected " + BATCH);
            }
        }
    }

    /**
     * {@return how many were queued} Notifies 1024 idle tokens through the sender.
     *
     * @param state the drained channel
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int notifyNew(Sending state) {
        final Sender s = state.sender;
        int queued = 0;
        for (int t = 0; t < BATCH; t++) {
            if (s.notify(t)) {
                queued++;
            }
        }
        return queued;
    }

    /** {@return the number received (0)} Receives at most 64 tokens from an empty channel. */
    @Benchmark
    public int tryRecvEmpty() {
        return receiver.tryRecv(events, 64);
    }

    /** {@return the number polled (0)} Polls the channel's empty queue with the same limit. */
    @Benchmark
    public int pollEmpty() {
        return poller.poll(events, 64);
    }
}
