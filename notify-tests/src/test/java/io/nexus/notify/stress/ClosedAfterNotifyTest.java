package io.nexus.notify.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A token notified before {@code close()} is received before {@link Receiver#CLOSED}, even
 * while other producers are in the middle of their notifies: an empty-looking poll is not
 * proof of an empty queue (docs/close.md).
 *
 * <p>{@value #PRODUCERS} producer threads notify random tokens among {@value #RACING_TOKENS}
 * shared ones, racing and conflating, on the channel of the current round, and when it is
 * closed wait for the next round's. In each round, on a new channel with the default wait
 * strategy, thread C waits until the producers have made a random number of notifies (0 to
 * {@value #MAX_NOTIFIES_BEFORE_CLOSE}), calls {@code notify(K)} on a token no producer uses,
 * which must return {@code true}, and then {@code close()}. Meanwhile the receiver (the test's
 * thread) receives until {@code CLOSED}: K must be among what it received, and a further
 * {@code tryRecv} must return {@code CLOSED}.
 *
 * <p>With 34 threads on a few CPUs the scheduler now and then suspends a producer between
 * claiming its place in the queue and writing it, which hides everything queued behind it,
 * K included, from the receiver's polls. Each step of the receiver is a {@code tryRecv},
 * followed by a blocking {@code recv} when it finds nothing, so that the test can print in how
 * many rounds a receive on the closed channel met such a notify in flight (it moved nothing
 * and did not return {@code CLOSED}). The producers yield now and then (after one notify in
 * {@value #YIELD_EVERY} on average), so that C and the receiver get a CPU within microseconds
 * instead of after every producer's time slice: a round takes milliseconds rather than a
 * tenth of a second. The producers run through every round; C is the same thread in every
 * round ({@link Lockstep}).
 *
 * <p>{@value #DEFAULT_ROUNDS} rounds per backend;
 * {@code -Dnotify.stress.closedAfterNotify.rounds=N} runs N.
 */
@Tag("stress")
class ClosedAfterNotifyTest {

    private static final int PRODUCERS = 32;
    private static final int RACING_TOKENS = 64;
    private static final int K = RACING_TOKENS;
    private static final int MAX_NOTIFIES_BEFORE_CLOSE = 4_000;
    private static final int DEFAULT_ROUNDS = 100;

    /** A producer yields after a notify with probability 1 in this. */
    private static final int YIELD_EVERY = 256;

    /** The system property that sets the number of rounds per backend. */
    private static final String ROUNDS_PROPERTY = "notify.stress.closedAfterNotify.rounds";

    static List<String> backends() {
        return EventQueue.availableBackends();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aTokenNotifiedBeforeCloseIsReceivedBeforeClosed(String backend)
            throws InterruptedException {
        final int rounds = Integer.getInteger(ROUNDS_PROPERTY, DEFAULT_ROUNDS);
        final Race race = new Race(EventChannel.create(RACING_TOKENS + 1, backend));
        final ProducerThreads producers = new ProducerThreads();
        final Lockstep threadC = new Lockstep("thread-c", List.of(race::notifyThenClose));
        final SplittableRandom random = new SplittableRandom(11);
        final Events events = Events.withCapacity(RACING_TOKENS + 1);
        int missed = 0;
        int notFinal = 0;
        int heldBack = 0;
        final long start = System.nanoTime();
        try {
            for (int p = 0; p < PRODUCERS; p++) {
                final SplittableRandom tokens = new SplittableRandom(p);
                producers.start(() -> race.produce(tokens, producers::running));
            }
            for (int round = 1; round <= rounds && producers.failure() == null
                    && threadC.failure() == null; round++) {
                final EventChannel channel = round == 1 ? race.channel
                    : EventChannel.create(RACING_TOKENS + 1, backend);
                race.channel = channel;
                race.closeAfter = race.notifies.sum()
                    + random.nextInt(MAX_NOTIFIES_BEFORE_CLOSE + 1);
                threadC.open(round);
                final Receiver receiver = channel.receiver();
                boolean sawK = false;
                boolean metNotifyInFlight = false;
                while (true) {
                    final boolean closed = channel.isClosed();
                    int n = receiver.tryRecv(events);
                    if (n == 0) {
                        metNotifyInFlight |= closed;
                        n = receiver.recv(events);
                    }
                    if (n == Receiver.CLOSED) {
                        break;
                    }
                    for (int i = 0; i < n; i++) {
                        sawK |= events.index(i) == K;
                    }
                }
                threadC.awaitFinished(round);
                if (!sawK) {
                    missed++;
                }
                if (metNotifyInFlight) {
                    heldBack++;
                }
                if (receiver.tryRecv(events) != Receiver.CLOSED) {
                    notFinal++;
                }
            }
        } finally {
            threadC.stop();
            producers.stopAndJoin();
        }
        if (producers.failure() != null) {
            fail(backend + ": a producer failed", producers.failure());
        }
        if (threadC.failure() != null) {
            fail(backend + ": thread C failed", threadC.failure());
        }
        final long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("closed after notify %-8s %d rounds in %,d ms: producer notifies %,d,"
                + " rounds in which a receive after close met a notify in flight %d,"
                + " K missed at CLOSED in %d rounds%n",
            backend, rounds, millis, race.notifies.sum(), heldBack, missed);
        assertEquals(0, missed, backend + ": rounds in which notify(K) returned true before"
            + " close() and the receiver saw CLOSED without K");
        assertEquals(0, notFinal, backend + ": rounds in which a tryRecv after CLOSED did not"
            + " return CLOSED");
    }

    /** What the producers and thread C share with the receiver. */
    private static final class Race {
        /** Counts the producers' notifies that did not throw, over all rounds. */
        final LongAdder notifies = new LongAdder();
        /** The current round's channel. */
        volatile EventChannel channel;
        /** The value of {@link #notifies} after which C notifies K and closes. */
        long closeAfter;

        Race(EventChannel first) {
            this.channel = first;
        }

        void produce(SplittableRandom tokens, BooleanSupplier running) {
            while (running.getAsBoolean()) {
                final EventChannel current = channel;
                try {
                    current.sender().notify(tokens.nextInt(RACING_TOKENS));
                } catch (IllegalStateException closed) {
                    for (int i = 0; channel == current && running.getAsBoolean(); i++) {
                        pause(i);
                    }
                    continue;
                }
                notifies.increment();
                if (tokens.nextInt(YIELD_EVERY) == 0) {
                    Thread.yield();
                }
            }
        }

        void notifyThenClose(int round) {
            final EventChannel current = channel;
            for (int i = 0; notifies.sum() < closeAfter; i++) {
                pause(i);
            }
            try {
                if (!current.sender().notify(K)) {
                    throw new AssertionError("round " + round + ": notify(K) of an idle token"
                        + " on an open channel returned false");
                }
            } finally {
                // Closed whatever happened, so that the receiver reaches CLOSED.
                current.close();
            }
        }

        /** Spins briefly, then yields, leaving the CPU to the other threads. */
        private static void pause(int i) {
            if (i < 64) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }
}
