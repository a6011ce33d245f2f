package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Counts lost wake-ups and {@code wakeup()} calls over many rounds of a loop that blocks in a
 * {@link SelectorWaker}'s select while producers notify.
 *
 * <p>Each round the loop publishes the round number and selects with a generous timeout
 * ({@link #TIMEOUT_MILLIS}), polling after every return, until it has one token from each
 * producer. Each producer waits for the round, spins for a random short while (none at all in
 * a quarter of the rounds), so that its notify lands before, during or after the loop's
 * announcement, notifies its own token and records when the notify returned.
 *
 * <p>A <em>lost wake-up</em> is a select that ran to its timeout although a notify of a token
 * that the poll after it delivered had returned at least {@link #MARGIN_MILLIS} before the
 * deadline: that notify made its token newly pending and nobody woke the loop. It must never
 * happen. A timed-out select whose notify returned later than that is counted as a late
 * producer (descheduled for about the whole timeout), which only the scheduler can cause.
 * Every {@code wakeup()} is made by a notify that returned {@code true} and won the announcement
 * of one select, so there can be no more of them than such notifies, nor than selects.
 */
class SelectorWakerStressTest {

    private static final int PRODUCERS = 3;
    private static final int MAX_ROUNDS = 20_000;
    private static final long RUN_NANOS = TimeUnit.MILLISECONDS.toNanos(2_000);
    private static final long TIMEOUT_MILLIS = 2_000;
    private static final long MARGIN_MILLIS = 1_000;
    /** How much earlier than its timeout a select may return and still count as timed out. */
    private static final long SLACK_MILLIS = 100;
    private static final int MAX_SPINS = 2_000;

    /** Round number that tells producers to stop. */
    private static final int STOP = -1;

    @Test
    void noLostWakeUpAndNoMoreWakeupsThanNewlyPendingNotifies() throws Exception {
        for (String backend : SelectorWakerBackends.NAMES) {
            final Counts counts = run(backend);
            System.out.printf("selector stress [%s]: %d rounds, %d selects (%d timed out), %d"
                + " newly pending notifies, %d wakeup() calls, %d lost wake-ups, %d late"
                + " producers%n", backend, counts.rounds, counts.selects, counts.timedOut,
                counts.newlyPending, counts.wakeups, counts.lost, counts.late);
            assertEquals(0, counts.lost, backend + ": lost wake-ups");
            assertEquals(counts.rounds * PRODUCERS, counts.newlyPending,
                backend + ": every notify found its token idle");
            assertTrue(counts.wakeups <= counts.newlyPending, backend + ": " + counts.wakeups
                + " wakeups for " + counts.newlyPending + " newly pending notifies");
            assertTrue(counts.wakeups <= counts.selects, backend + ": " + counts.wakeups
                + " wakeups for " + counts.selects + " selects");
        }
    }

    private static Counts run(String backend) throws Exception {
        try (Selector selector = Selector.open()) {
            final SelectorWaker waker = SelectorWaker.over(EventQueue.create(PRODUCERS, backend),
                selector);
            final Rounds rounds = new Rounds(MAX_ROUNDS);
            final List<BackgroundCall<Long>> producers = new ArrayList<>();
            for (int p = 0; p < PRODUCERS; p++) {
                final int token = p;
                producers.add(BackgroundCall.start("producer-" + p,
                    () -> produce(waker, rounds, token)));
            }
            final Counts counts = new Counts();
            final long[][] deliveredAfterSelect = new long[MAX_ROUNDS][PRODUCERS];
            final Events events = Events.withCapacity(PRODUCERS);
            final long stopAt = System.nanoTime() + RUN_NANOS;
            final long timeoutNanos = TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS);
            final long slack = TimeUnit.MILLISECONDS.toNanos(SLACK_MILLIS);
            int round = 0;
            try {
                for (; round < MAX_ROUNDS && System.nanoTime() - stopAt < 0; round++) {
                    rounds.start(round);
                    int received = 0;
                    while (received < PRODUCERS) {
                        final long began = System.nanoTime();
                        waker.select(TIMEOUT_MILLIS);
                        final long ended = System.nanoTime();
                        counts.selects++;
                        // Timed out, allowing the selector to return a little early.
                        final boolean timedOut = ended - began >= timeoutNanos - slack;
                        if (timedOut) {
                            counts.timedOut++;
                        }
                        final int n = waker.poller().poll(events);
                        for (int i = 0; i < n; i++) {
                            // The deadline of the select this poll followed, or 0 if it
                            // returned before its timeout.
                            deliveredAfterSelect[round][events.index(i)] =
                                timedOut ? began + timeoutNanos : 0;
                        }
                        received += n;
                    }
                }
            } finally {
                rounds.start(STOP);
            }
            counts.rounds = round;
            for (BackgroundCall<Long> producer : producers) {
                counts.newlyPending += producer.result();
            }
            counts.wakeups = waker.counters().wakeups();
            final long margin = TimeUnit.MILLISECONDS.toNanos(MARGIN_MILLIS);
            for (int r = 0; r < round; r++) {
                for (int p = 0; p < PRODUCERS; p++) {
                    final long deadline = deliveredAfterSelect[r][p];
                    if (deadline == 0) {
                        continue;
                    }
                    if (deadline - rounds.notifyReturnedAt(r, p) >= margin) {
                        counts.lost++;
                    } else {
                        counts.late++;
                    }
                }
            }
            return counts;
        }
    }

    /**
     * One producer: for each round the loop starts, a random short spin, then a notify of its
     * own token, and the time it returned.
     *
     * @return how many of its notifies returned {@code true}
     */
    private static long produce(SelectorWaker waker, Rounds rounds, int token) {
        final SplittableRandom random = new SplittableRandom(token);
        long newlyPending = 0;
        int next = 0;
        while (true) {
            final int round = rounds.awaitRound(next);
            if (round == STOP) {
                return newlyPending;
            }
            final int spins = random.nextInt(4) == 0 ? 0 : random.nextInt(MAX_SPINS);
            for (int i = 0; i < spins; i++) {
                Thread.onSpinWait();
            }
            if (waker.notifier().notify(token)) {
                newlyPending++;
            }
            rounds.notifyReturned(round, token, System.nanoTime());
            next = round + 1;
        }
    }

    /** The current round, published by the loop, and when each producer's notify returned. */
    private static final class Rounds {

        private volatile int current = Integer.MIN_VALUE;
        private final long[][] returnedAt;

        Rounds(int maxRounds) {
            returnedAt = new long[maxRounds][PRODUCERS];
        }

        void start(int round) {
            current = round;
        }

        /** Waits, yielding, until the loop starts round {@code round} or stops. */
        int awaitRound(int round) {
            while (true) {
                final int now = current;
                if (now == round || now == STOP) {
                    return now;
                }
                Thread.yield();
            }
        }

        /** Producer {@code token} only; read after the producers have ended. */
        void notifyReturned(int round, int token, long at) {
            returnedAt[round][token] = at;
        }

        long notifyReturnedAt(int round, int token) {
            return returnedAt[round][token];
        }
    }

    /** The run's counts. */
    private static final class Counts {
        long rounds;
        long selects;
        long timedOut;
        long newlyPending;
        long wakeups;
        long lost;
        long late;
    }
}
