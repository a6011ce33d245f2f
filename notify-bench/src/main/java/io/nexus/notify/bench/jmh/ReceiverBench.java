package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import io.nexus.notify.bench.peer.Subjects;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.WaitStrategy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A non-blocking receive on an empty channel, next to a poll of the same empty queue with the
 * same limit: the difference is what the channel adds to every receive (its closed check and
 * its claim and release of the receiver), measured on the path an idle event loop takes in a
 * tight loop. The batch is larger than the limit, so neither call grows it.
 *
 * <p>Uses only {@link EventChannel#over}, {@code Receiver.tryRecv(Events, int)} and
 * {@code Poller.poll(Events, int)}, so that the class compiles against earlier versions of the
 * API too and a same-run A/B can copy it into an older checkout.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReceiverBench {

    private static final int CAPACITY = 1024;
    private static final int LIMIT = 64;

    /** The subject: a backend name or a peer name; the channel runs over its queue. */
    @Param("builtin")
    public String backend;

    private EventChannel channel;
    private Receiver receiver;
    private Poller poller;
    private Events events;

    /** Builds the channel and keeps the poller of the queue under it. */
    @Setup(Level.Trial)
    public void setUp() {
        final EventQueue queue = Subjects.create(backend, CAPACITY);
        channel = EventChannel.over(queue, WaitStrategy.busySpin());
        receiver = channel.receiver();
        poller = queue.poller();
        events = Events.withCapacity(CAPACITY);
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
