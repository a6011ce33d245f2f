package io.nexus.notify.bench.jmh;

import io.nexus.notify.Events;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.Sender;
import io.nexus.notify.channel.WaitStrategy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A new notify through a channel's {@link Sender}, without the receive that re-arms its token:
 * what the channel adds to {@link NotifyNewBench}'s bare notify. Under {@code busy-spin}
 * ({@link WaitStrategy#busySpin()}) the receiver never parks, so a sender has no parked
 * receiver to look for; under {@code default} every new notify must also check for one,
 * although none ever is here. Method as {@link NotifyNewBench}: each timed invocation notifies
 * 1024 idle tokens through the sender; an untimed setup drains the channel with
 * {@code tryRecv}, so the receiver never waits.
 */
public class SenderBench extends Subject {

    private static final int BATCH = NotifyNewBench.BATCH;

    /** The channel's wait strategy: {@code busy-spin} or {@code default}. */
    @Param({"busy-spin", "default"})
    public String strategy;

    private EventChannel channel;
    private Sender sender;
    private Receiver receiver;
    private final Events events = Events.withCapacity(BATCH);

    /** Builds the channel. */
    @Setup(Level.Trial)
    public void setUp() {
        channel = EventChannel.over(queue(BATCH), strategy(strategy));
        sender = channel.sender();
        receiver = channel.receiver();
    }

    /** Closes the channel. */
    @TearDown(Level.Trial)
    public void tearDown() {
        channel.close();
    }

    /**
     * Drains the channel, untimed, so every token of the next batch is idle.
     *
     * @throws IllegalStateException if the receive did not take the whole last batch
     */
    @Setup(Level.Invocation)
    public void drain() {
        final int n = receiver.tryRecv(events, BATCH);
        if (n != 0 && n != BATCH) {
            throw new IllegalStateException("received " + n + " tokens, expected " + BATCH);
        }
    }

    /**
     * Notifies 1024 idle tokens through the sender.
     *
     * @return how many were queued, consumed so the calls are not eliminated
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int notifyNew() {
        final Sender s = sender;
        int queued = 0;
        for (int t = 0; t < BATCH; t++) {
            if (s.notify(t)) {
                queued++;
            }
        }
        return queued;
    }
}
