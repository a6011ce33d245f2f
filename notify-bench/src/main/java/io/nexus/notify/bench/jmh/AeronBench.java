package io.nexus.notify.bench.jmh;

import io.aeron.Aeron;
import io.aeron.ExclusivePublication;
import io.aeron.Subscription;
import io.aeron.logbuffer.BufferClaim;
import io.aeron.logbuffer.FragmentHandler;
import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import io.nexus.notify.aeron.EmbeddedDriver;
import io.nexus.notify.aeron.LongsPublisher;
import io.nexus.notify.aeron.LongsSubscriber;
import io.nexus.notify.aeron.PublisherOptions;
import io.nexus.notify.value.LatestLongs;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latest values across a process boundary, on Aeron, against Aeron itself: each fork runs one
 * embedded media driver with {@link EmbeddedDriver}'s defaults (shared threading, backoff
 * idle, 1 MiB terms), so the floor and the subject share the same driver settings.
 *
 * <ul>
 *   <li>{@link #rawRoundTrip}, the floor: an Aeron ping-pong of 32-byte messages, claimed with
 *       {@code tryClaim} on an exclusive publication and echoed with {@code offer}.</li>
 *   <li>{@link #roundTrip}: the same hop through {@code LongsPublisher -> LongsSubscriber -> a
 *       poll of the consumer's queue -> LatestLongs.read}, and back the same way, over the
 *       subject's queues.</li>
 *   <li>{@link #publish} against {@link #publishLocal}: a conflated publish into a
 *       {@code LongsPublisher}'s outbox against one into a {@code LatestLongs} here.</li>
 *   <li>{@link #conflation}: a producer publishes to 256 tokens in turn while a consumer takes
 *       8 tokens every 200 us: the time per offered update, and, in the same units, per message
 *       sent and per tuple the consumer read (the report turns the three into rates).</li>
 * </ul>
 * Both ends of a round trip yield when they find nothing, as a duty cycle with a backoff idle
 * would; the transports are {@code aeron:ipc} and {@code aeron:udp} on {@code localhost}.
 */
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class AeronBench extends Defaults {

    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final int PING = 1001;
    private static final int PONG = 1002;
    private static final int TOKENS = 256;
    private static final int WIDTH = 4;

    /** One embedded driver and its client for the trial. */
    public static class Driver extends TrialState {
        Aeron aeron;

        /** Starts the driver; its close at the end of the trial deletes its directory. */
        @Setup(Level.Trial)
        public void start() {
            aeron = own(EmbeddedDriver.launch()).aeron();
        }
    }

    /**
     * A round trip over the {@code transport} parameter's channels, and the echo thread its
     * setup starts; the driver's close releases the streams.
     */
    public abstract static class Link extends TrialState {
        /** {@code ipc}: through the driver's shared memory; {@code udp}: over loopback. */
        @Param({"ipc", "udp"})
        public String transport;

        /**
         * Picks a channel of the transport.
         *
         * @return a new channel
         * @throws IOException if no free loopback port can be found
         */
        String channel() throws IOException {
            if (transport.equals("ipc")) {
                return "aeron:ipc";
            }
            if (!transport.equals("udp")) {
                throw new IllegalArgumentException("unknown transport '" + transport
                    + "'; known: ipc, udp");
            }
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return "aeron:udp?endpoint=localhost:" + probe.getLocalPort();
            }
        }
    }

    /** The floor's two streams; the echo answers with {@code offer}. */
    public static class Raw extends Link {
        ExclusivePublication out;
        Subscription in;
        final BufferClaim claim = new BufferClaim();
        long sent;
        long received;
        FragmentHandler receive;

        /**
         * Connects both directions and starts the echo thread.
         *
         * @param d the driver
         * @throws IOException if no free loopback port can be found
         */
        @Setup(Level.Trial)
        public void setUp(Driver d) throws IOException {
            final String there = channel();
            final String back = channel();
            final Subscription echoIn = d.aeron.addSubscription(there, PING);
            in = d.aeron.addSubscription(back, PONG);
            out = d.aeron.addExclusivePublication(there, PING);
            final ExclusivePublication echoOut = d.aeron.addExclusivePublication(back, PONG);
            while (!out.isConnected() || !echoOut.isConnected()) {
                Thread.yield();
            }
            receive = (buffer, offset, length, header) -> received = buffer.getLong(offset, LE);
            final FragmentHandler answer = (buffer, offset, length, header) -> {
                while (echoOut.offer(buffer, offset, length) < 0) {
                    Thread.yield();
                }
            };
            own(new Echo("aeron-raw-echo", () -> {
                if (echoIn.poll(answer, 10) == 0) {
                    Thread.yield();
                }
            }, () -> { }));
        }
    }

    /** The subject's two hops; the echo answers through the value layer. */
    public static class Hop extends Link {
        /** The backend of the local queues at both ends: the default one. */
        @Param("builtin")
        public String backend;

        LongsPublisher out;
        LongsSubscriber in;
        Poller answers;
        final Events events = Events.withCapacity(1);
        final long[] tuple = new long[2];
        long round;

        /**
         * Connects both directions over the subject's queues and starts the echo thread.
         *
         * @param d the driver
         * @throws IOException if no free loopback port can be found
         */
        @Setup(Level.Trial)
        public void setUp(Driver d) throws IOException {
            final String there = channel();
            final String back = channel();
            final PublisherOptions options = PublisherOptions.defaults().withBackend(backend);
            final EventQueue echoQueue = EventQueue.create(1, backend);
            final EventQueue answerQueue = EventQueue.create(1, backend);
            final LongsSubscriber echoIn = LongsSubscriber.create(d.aeron, there, PING,
                LatestLongs.over(echoQueue.notifier(), 1, 2));
            in = LongsSubscriber.create(d.aeron, back, PONG,
                LatestLongs.over(answerQueue.notifier(), 1, 2));
            out = LongsPublisher.create(d.aeron, there, PING, 1, 2, options);
            final LongsPublisher echoOut = LongsPublisher.create(d.aeron, back, PONG, 1, 2,
                options);
            while (!out.isConnected() || !echoOut.isConnected()) {
                out.doWork();
                echoOut.doWork();
                echoIn.doWork();
                in.doWork();
                Thread.yield();
            }
            answers = answerQueue.poller();
            final Poller echoPoller = echoQueue.poller();
            final Events echoEvents = Events.withCapacity(1);
            final long[] echoTuple = new long[2];
            own(new Echo("aeron-notify-echo", () -> {
                int work = echoIn.doWork() + echoOut.doWork();
                if (echoPoller.poll(echoEvents) != 0) {
                    echoIn.into().read(0, echoTuple);
                    echoOut.publish(0, echoTuple[0], echoTuple[1]);
                    work += echoOut.doWork();
                }
                if (work == 0) {
                    Thread.yield();
                }
            }, () -> { }));
        }
    }

    /** A publisher whose outbox keeps its token pending: nothing drains it. */
    @State(Scope.Thread)
    public static class Outbox {
        /** The backend of the outbox. */
        @Param("builtin")
        public String backend;

        LongsPublisher remote;
        long next;

        /**
         * Builds the publisher and makes its token pending.
         *
         * @param d the driver
         */
        @Setup(Level.Trial)
        public void setUp(Driver d) {
            remote = LongsPublisher.create(d.aeron, "aeron:ipc", PING, TOKENS, 1,
                PublisherOptions.defaults().withBackend(backend));
            remote.publish(0, next);
        }
    }

    /** The floor of {@link #publish}: latest values of this process, the token kept pending. */
    @State(Scope.Thread)
    public static class Local {
        LatestLongs local;
        long next;

        /** Builds the values over a queue of the default backend and makes the token pending. */
        @Setup(Level.Trial)
        public void setUp() {
            local = LatestLongs.over(EventQueue.create(TOKENS).notifier(), TOKENS, 1);
            local.publish(0, next);
        }
    }

    /** Counters of the conflation run, reported per second beside the updates offered. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Flow {
        /** Messages the publisher sent during the iteration. */
        public long sent;
        /** Tuples the slow consumer read during the iteration. */
        public long delivered;
        private long sentBase;
        private long deliveredBase;

        /**
         * Notes where the counts stand as the iteration begins.
         *
         * @param s the run
         */
        @Setup(Level.Iteration)
        public void begin(Slow s) {
            sentBase = s.out.counters().messagesSent();
            deliveredBase = s.delivered;
        }

        /**
         * Takes the counts of the iteration, once it has ended.
         *
         * @param s the run
         */
        @TearDown(Level.Iteration)
        public void end(Slow s) {
            sent = s.out.counters().messagesSent() - sentBase;
            delivered = s.delivered - deliveredBase;
        }
    }

    /** A publisher, its duty thread, a subscriber, and a consumer taking 8 tokens every 200 us. */
    public static class Slow extends TrialState {
        /** The backend of the outbox and of the consumer's queue. */
        @Param("builtin")
        public String backend;

        LongsPublisher out;
        /** Tuples read by the consumer thread; read by the benchmark thread between iterations. */
        volatile long delivered;
        long next;

        /**
         * Connects the hop over IPC and starts the duty and consumer threads.
         *
         * @param d the driver
         */
        @Setup(Level.Trial)
        public void setUp(Driver d) {
            final EventQueue queue = EventQueue.create(TOKENS, backend);
            final LatestLongs into = LatestLongs.over(queue.notifier(), TOKENS, WIDTH);
            final LongsSubscriber in = LongsSubscriber.create(d.aeron, "aeron:ipc", PONG, into);
            out = LongsPublisher.create(d.aeron, "aeron:ipc", PONG, TOKENS, WIDTH,
                PublisherOptions.defaults().withBackend(backend));
            own(new Echo("aeron-duty", () -> {
                if (out.doWork() + in.doWork() == 0) {
                    Thread.yield();
                }
            }, () -> { }));
            final Poller poller = queue.poller();
            final Events events = Events.withCapacity(8);
            final long[] tuple = new long[WIDTH];
            own(new Echo("slow-consumer", () -> {
                final int n = poller.poll(events, 8);
                for (int i = 0; i < n; i++) {
                    into.read(events.index(i), tuple);
                }
                delivered += n;
                LockSupport.parkNanos(200_000);
            }, () -> { }));
        }
    }

    /**
     * The floor: one Aeron ping-pong.
     *
     * @param s the streams
     * @return the echoed send time
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public long rawRoundTrip(Raw s) {
        final long sent = ++s.sent;
        while (s.out.tryClaim(32, s.claim) < 0) {
            Thread.yield();
        }
        s.claim.buffer().putLong(s.claim.offset(), sent, LE);
        s.claim.commit();
        while (s.received != sent) {
            if (s.in.poll(s.receive, 1) == 0) {
                Thread.yield();
            }
        }
        return s.received;
    }

    /**
     * One round trip through the value layer on both sides.
     *
     * @param h the hops
     * @return the echoed round number
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public long roundTrip(Hop h) {
        final long round = ++h.round;
        h.out.publish(0, round, 0);
        h.out.doWork();
        while (true) {
            if (h.in.doWork() != 0 && h.answers.poll(h.events) != 0) {
                h.in.into().read(0, h.tuple);
                if (h.tuple[0] == round) {
                    return round;
                }
            } else {
                h.out.doWork();
                Thread.yield();
            }
        }
    }

    /**
     * A conflated publish into a publisher's outbox.
     *
     * @param o the publisher
     * @return the publish's result
     */
    @Benchmark
    public boolean publish(Outbox o) {
        return o.remote.publish(0, ++o.next);
    }

    /**
     * The same publish into a {@code LatestLongs} of this process: the floor of {@link #publish}.
     *
     * @param l the latest values
     * @return the publish's result
     */
    @Benchmark
    public boolean publishLocal(Local l) {
        return l.local.publish(0, ++l.next);
    }

    /**
     * Publishes to 256 tokens in turn while a slow consumer reads: the time per update offered,
     * and the counters' time per message sent and per tuple read.
     *
     * @param s    the hop and its threads
     * @param flow the counters
     * @return the publish's result
     */
    @Benchmark
    public boolean conflation(Slow s, Flow flow) {
        final long n = ++s.next;
        return s.out.publish((int) (n & (TOKENS - 1)), n, n, n, n);
    }
}
