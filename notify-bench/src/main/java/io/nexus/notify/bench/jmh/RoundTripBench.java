package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.SelectorWaker;
import io.nexus.notify.channel.Sender;
import java.io.IOException;
import java.nio.channels.Selector;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cross-thread round trips to an echo thread over two of the subject's queues, sampled and in
 * average time (a mean with an error interval, and a GC profile without the sample store's).
 * Round trips of microseconds run 500 ms iterations, so that the harness's fixed allocation
 * per iteration is spread over enough of them for the allocation check.
 */
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
public class RoundTripBench extends Defaults {

    private static final int TOKEN = 0;
    private static final int CAPACITY = 64;

    /** Two queues; the echo thread spins polling the ping queue. */
    @State(Scope.Benchmark)
    public static class Busy extends Subject {
        Notifier ping;
        Poller pong;
        final Events events = Events.withCapacity(CAPACITY);

        /** Builds the two queues and starts the echo thread. */
        @Setup(Level.Trial)
        public void setUp() {
            final EventQueue pingQueue = queue(CAPACITY);
            final EventQueue pongQueue = queue(CAPACITY);
            ping = pingQueue.notifier();
            pong = pongQueue.poller();
            final Poller echoIn = pingQueue.poller();
            final Notifier echoOut = pongQueue.notifier();
            final Events echoEvents = Events.withCapacity(CAPACITY);
            own(new Echo("round-trip-echo", () -> {
                if (echoIn.poll(echoEvents) != 0) {
                    echoOut.notify(TOKEN);
                }
            }, () -> { }));
        }
    }

    /** Two blocking channels whose receivers wait with the {@code strategy} parameter's way. */
    @State(Scope.Benchmark)
    public static class Channels extends Subject {
        /** {@code park}: two wake-ups of a parked thread per round trip; {@code default}. */
        @Param({"park", "default"})
        public String strategy;

        Sender ping;
        Receiver pong;
        final Events events = Events.withCapacity(CAPACITY);

        /**
         * Builds the two channels and starts the echo thread, blocked in its receive; it stops
         * when the ping channel closes.
         */
        @Setup(Level.Trial)
        public void setUp() {
            final EventChannel pingChannel = own(EventChannel.over(queue(CAPACITY),
                strategy(strategy)));
            final EventChannel pongChannel = own(EventChannel.over(queue(CAPACITY),
                strategy(strategy)));
            ping = pingChannel.sender();
            pong = pongChannel.receiver();
            final Receiver echoIn = pingChannel.receiver();
            final Sender echoOut = pongChannel.sender();
            final Events echoEvents = Events.withCapacity(CAPACITY);
            own(new Echo("channel-echo", () -> {
                try {
                    if (echoIn.recv(echoEvents) != Receiver.CLOSED) {
                        echoOut.notify(TOKEN);
                    }
                } catch (InterruptedException e) {
                    // Fail the trial rather than leave the caller parked: its recv sees CLOSED.
                    pongChannel.close();
                }
            }, pingChannel::close));
        }
    }

    /** Two event loops blocked in {@code select()}, each woken through a {@link SelectorWaker}. */
    @State(Scope.Benchmark)
    public static class Selectors extends Subject {
        Notifier ping;
        SelectorWaker pong;
        Poller pongPoller;
        final Events events = Events.withCapacity(CAPACITY);

        /**
         * Opens the selectors, builds the wakers and starts the echo thread; a {@code wakeup()}
         * of its selector stops it.
         *
         * @throws IOException if a selector cannot be opened
         */
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            final Selector pingSelector = own(Selector.open());
            final Selector pongSelector = own(Selector.open());
            final SelectorWaker pingWaker = SelectorWaker.over(queue(CAPACITY), pingSelector);
            pong = SelectorWaker.over(queue(CAPACITY), pongSelector);
            ping = pingWaker.notifier();
            pongPoller = pong.poller();
            final Poller echoIn = pingWaker.poller();
            final Notifier echoOut = pong.notifier();
            final Events echoEvents = Events.withCapacity(CAPACITY);
            own(new Echo("selector-waker-echo", () -> {
                try {
                    pingWaker.select();
                    if (echoIn.poll(echoEvents) != 0) {
                        echoOut.notify(TOKEN);
                    }
                } catch (IOException e) {
                    FloorBench.fail(pongSelector, e);
                }
            }, pingSelector::wakeup));
        }
    }

    /**
     * {@return the tokens answered} Notifies ping, spins polling pong.
     *
     * @param s the queues
     */
    @Benchmark
    public int roundTrip(Busy s) {
        s.ping.notify(TOKEN);
        int n;
        while ((n = s.pong.poll(s.events)) == 0) {
            // busy poll: the point of this benchmark
        }
        return n;
    }

    /**
     * {@return the tokens answered} Notifies ping, blocks in {@code recv} on pong.
     *
     * @param s the channels
     * @throws InterruptedException if interrupted while waiting
     */
    @Benchmark
    @Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
    @Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
    public int channel(Channels s) throws InterruptedException {
        s.ping.notify(TOKEN);
        final int n = s.pong.recv(s.events);
        if (n == Receiver.CLOSED) {
            throw new IllegalStateException("the echo thread ended before answering");
        }
        return n;
    }

    /**
     * {@return the tokens answered} Notifies ping, selects on the pong waker until answered.
     *
     * @param s the wakers
     * @throws IOException if the select fails
     */
    @Benchmark
    @Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
    @Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
    public int selector(Selectors s) throws IOException {
        s.ping.notify(TOKEN);
        int n;
        while ((n = s.pongPoller.poll(s.events)) == 0) {
            s.pong.select();
        }
        return n;
    }
}
