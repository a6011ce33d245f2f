package io.nexus.notify.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.Sender;
import io.nexus.notify.channel.WaitStrategy;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Close against notify: every notify that returns {@code true} is received before the
 * receiver sees {@link Receiver#CLOSED} (the close protocol, docs/close.md).
 *
 * <p>Each round makes a new busy-spin channel ({@link WaitStrategy#busySpin()}) of
 * {@value #TOKENS} tokens. A sender thread notifies tokens 0 to 63 once each, in order, until
 * a notify throws {@link IllegalStateException}; a closer thread spins a random number of
 * times (0 to {@value #MAX_CLOSE_DELAY_SPINS}) and calls {@code close()}; the receiver loops
 * {@code recv(events)} until it returns {@code CLOSED}. Once both threads are done, a further
 * {@code tryRecv} must return {@code CLOSED} again, even when a notify that lost the race left
 * its token queued. The sender and the closer are the same two threads in every round
 * ({@link Lockstep}).
 *
 * <p>Asserted over all rounds: no token whose notify returned {@code true} is missing when
 * the receiver sees {@code CLOSED}; no token is received twice; {@code CLOSED} is final.
 * Printed: the rounds in which {@code close()} landed in the middle of the sender's burst (the
 * rounds that test something), the rejected tokens received anyway (spurious events, which the
 * contract allows) and the rounds that ended with a rejected token still queued.
 *
 * <p>On a machine with fewer than three free CPUs the three threads rarely run at the same
 * instant, so most rounds close before or after the whole burst; the printed count of rounds
 * that closed mid-burst says how many really raced. The jcstress test of the same race
 * ({@code io.nexus.notify.jcstress.CloseRaceTest}) hits the window far more often, with two
 * threads started together; this test runs the three threads of a real application.
 *
 * <p>Runs {@value #DEFAULT_ROUNDS} rounds per backend, as the measurement that found the
 * defect did, or fewer if {@value #DEFAULT_SECONDS} s pass first (the rounds run are
 * printed). {@code -Dnotify.stress.close.rounds=N} and {@code -Dnotify.stress.close.seconds=S}
 * change both.
 */
@Tag("stress")
class CloseStressTest {

    private static final int TOKENS = 64;
    private static final int MAX_CLOSE_DELAY_SPINS = 256;
    private static final int DEFAULT_ROUNDS = 20_000;
    private static final String DEFAULT_SECONDS = "3";

    /** The system property that sets the number of rounds per backend. */
    private static final String ROUNDS_PROPERTY = "notify.stress.close.rounds";

    /** The system property that sets the most time spent per backend, in seconds. */
    private static final String SECONDS_PROPERTY = "notify.stress.close.seconds";

    static List<String> backends() {
        return EventQueue.availableBackends();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyAcceptedNotifyIsReceivedBeforeClosed(String backend) throws InterruptedException {
        final int rounds = Integer.getInteger(ROUNDS_PROPERTY, DEFAULT_ROUNDS);
        final long budget = Math.round(1e9 * Double.parseDouble(
            System.getProperty(SECONDS_PROPERTY, DEFAULT_SECONDS)));
        final Race race = new Race();
        final Tally tally = new Tally();
        final SplittableRandom random = new SplittableRandom(7);
        final Events events = Events.withCapacity(TOKENS);
        final long start = System.nanoTime();
        final Lockstep workers = new Lockstep("close-stress", List.of(race::send, race::close));
        try {
            for (int round = 1; round <= rounds && workers.failure() == null
                    && System.nanoTime() - start < budget; round++) {
                race.channel = EventChannel.create(TOKENS, backend, WaitStrategy.busySpin());
                race.closeDelay = random.nextInt(MAX_CLOSE_DELAY_SPINS + 1);
                workers.open(round);
                // A scheduling hint, not synchronisation: if a worker waits for this thread's
                // CPU, let it run, so that the sender and the closer more often run at once
                // instead of taking turns beside a receiver that never yields.
                Thread.yield();
                final Receiver receiver = race.channel.receiver();
                long received = 0;
                int n;
                while ((n = receiver.recv(events)) != Receiver.CLOSED) {
                    for (int i = 0; i < n; i++) {
                        final long bit = 1L << events.index(i);
                        if ((received & bit) != 0) {
                            tally.duplicates++;
                        }
                        received |= bit;
                    }
                }
                workers.awaitFinished(round);
                final boolean leftQueued = !receiver.isEmpty();
                final boolean stillClosed = receiver.tryRecv(events) == Receiver.CLOSED;
                tally.add(race.accepted, received, leftQueued, stillClosed);
            }
        } finally {
            workers.stop();
        }
        if (workers.failure() != null) {
            fail(backend + ": a worker failed", workers.failure());
        }
        final long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("close stress %-8s %,d rounds in %,d ms: tokens accepted %,d,"
                + " close mid-burst in %,d rounds, accepted but missed at CLOSED %d,"
                + " rejected but received %,d, rounds ending with a rejected token queued %,d%n",
            backend, tally.rounds, millis, tally.accepted, tally.midBurst, tally.missed,
            tally.spurious, tally.leftQueued);
        assertEquals(0, tally.missed, backend + ": tokens whose notify returned true but that"
            + " were not received before CLOSED, over " + tally.rounds + " rounds");
        assertEquals(0, tally.duplicates, backend + ": tokens received twice");
        assertEquals(0, tally.notFinal, backend + ": rounds in which a tryRecv after CLOSED"
            + " did not return CLOSED");
    }

    /** What the sender and the closer share with the receiver in one round. */
    private static final class Race {
        /** Set by the driver before it opens a round. */
        EventChannel channel;
        /** Spins before close(); set by the driver before it opens a round. */
        int closeDelay;
        /** The tokens whose notify returned true; read by the driver after the round. */
        long accepted;

        void send(int round) {
            final Sender sender = channel.sender();
            long taken = 0;
            for (int t = 0; t < TOKENS; t++) {
                try {
                    if (!sender.notify(t)) {
                        throw new AssertionError("round " + round + ": notify(" + t
                            + ") of an idle token returned false");
                    }
                } catch (IllegalStateException closed) {
                    break;
                }
                taken |= 1L << t;
            }
            accepted = taken;
        }

        void close(int round) {
            for (int i = 0; i < closeDelay; i++) {
                Thread.onSpinWait();
            }
            channel.close();
        }
    }

    /** Counts over all rounds of one backend. */
    private static final class Tally {
        long rounds;
        long accepted;
        long midBurst;
        long missed;
        long spurious;
        long leftQueued;
        long duplicates;
        long notFinal;

        void add(long acceptedTokens, long received, boolean queuedAfterClosed,
                 boolean stillClosed) {
            rounds++;
            final int count = Long.bitCount(acceptedTokens);
            accepted += count;
            if (count > 0 && count < TOKENS) {
                midBurst++;
            }
            missed += Long.bitCount(acceptedTokens & ~received);
            spurious += Long.bitCount(received & ~acceptedTokens);
            if (queuedAfterClosed) {
                leftQueued++;
            }
            if (!stillClosed) {
                notFinal++;
            }
        }
    }
}
