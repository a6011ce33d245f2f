package io.nexus.notify.bench.jmh;

import io.nexus.notify.Events;
import io.nexus.notify.bench.peer.Subjects;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.Sender;
import io.nexus.notify.channel.WaitStrategy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A new notify through a channel's {@link Sender}, without the receive that re-arms its token:
 * what the channel adds to {@link NotifyNewBench}'s bare notify (the sender's closed check and,
 * for a token that became pending, whatever it does to keep a close from stranding it and to
 * wake a parked receiver).
 *
 * <p>The channel's wait strategy is the {@code strategy} parameter. Under {@code busy-spin}
 * ({@link WaitStrategy#busySpin()}) the receiver can never be parked, so a sender has no
 * parked receiver to look for: this is the row that shows what a never-parking strategy costs
 * a sender. Under {@code default} ({@link WaitStrategy#defaultStrategy()}) the receiver may
 * park, so every new notify must also check for a parked receiver, although none ever is here.
 *
 * <p>Method: the same as {@link NotifyNewBench}. Each timed invocation notifies
 * {@value #BATCH} distinct idle tokens in order through the sender; an untimed
 * {@code Level.Invocation} setup then drains the channel through its receiver, so the next
 * batch is new again. The receiver only ever calls {@code tryRecv}, so it never waits and no
 * notify has a thread to wake. JMH divides the batch time by {@value #BATCH}.
 *
 * <p>Uses only {@link EventChannel#over}, the strategy factories, {@link Sender#notify(int)}
 * and {@code Receiver.tryRecv(Events, int)}, so that the class compiles against earlier
 * versions of the API too and a same-run A/B can copy it into an older checkout (with
 * {@code Strategies}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SenderBench {

    private static final int BATCH = 1024;

    /** The subject: a backend name or a peer name; the channel runs over its queue. */
    @Param("builtin")
    public String backend;

    /** The channel's wait strategy: {@code busy-spin} or {@code default}. */
    @Param({Strategies.BUSY_SPIN, Strategies.DEFAULT})
    public String strategy;

    private EventChannel channel;
    private Sender sender;
    private Receiver receiver;
    private Events events;

    /** Builds the channel. */
    @Setup(Level.Trial)
    public void setUp() {
        channel = EventChannel.over(Subjects.create(backend, BATCH), Strategies.named(strategy));
        sender = channel.sender();
        receiver = channel.receiver();
        events = Events.withCapacity(BATCH);
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
     * Notifies {@value #BATCH} idle tokens through the sender.
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
