package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * Many producers and one consumer at once. Producers write a per-token sequence slot before
 * each notify; the consumer polls with random limits meanwhile and reads the slots of the
 * tokens it is given. Each test is short and its assertions do not depend on timing:
 * <ul>
 *   <li>never the same token twice in one poll, never more than the limit or the capacity;</li>
 *   <li>each notify that returned {@code true} is delivered exactly once;</li>
 *   <li>one producer's newly queued tokens arrive in the order it queued them (FIFO);</li>
 *   <li>the last delivery of each token shows the last value written before its last notify
 *       (no lost update), and a producer waiting for its update to be seen is never stranded;</li>
 *   <li>once the producers have finished and a poll finds nothing, {@code isEmpty()} is
 *       true.</li>
 * </ul>
 */
public abstract class ConcurrencyConformance extends ConformanceSupport {

    /** How long a producer waits for the consumer to see one update before calling it lost. */
    private static final long ACK_WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** Creates the group; subclasses supply {@link #newQueue(int)}. */
    protected ConcurrencyConformance() {
    }

    /**
     * Tells whether the backend's offer can be cut short between its claim and its write; see
     * {@link EventQueueConformance#offerCanBeCutShort()}.
     *
     * @return {@code true} to skip the deep-stack test
     */
    protected boolean offerCanBeCutShort() {
        return false;
    }

    /**
     * Tells whether the backend's drain can be cut short after it has taken an entry; see
     * {@link EventQueueConformance#drainCanBeCutShort()}.
     *
     * @return {@code true} to skip the deep-stack poll test
     */
    protected boolean drainCanBeCutShort() {
        return false;
    }

    /** The consumer's bookkeeping, checked after every poll. */
    private static final class Consumer {
        final int capacity;
        final Events events = Events.withCapacity(0);
        final Random random = new Random(7);
        final int[] stamp;
        final int[] delivered;
        int polls;
        int[] sequence = new int[1024];
        int sequenceLength;

        Consumer(int capacity) {
            this.capacity = capacity;
            this.stamp = new int[capacity];
            this.delivered = new int[capacity];
        }

        /** A limit from 0 to 64, or now and then unlimited. */
        int randomLimit() {
            return random.nextInt(8) == 0 ? Integer.MAX_VALUE : random.nextInt(65);
        }

        /** Polls once and checks the invariants of a single poll. */
        int poll(EventQueue q, int limit) {
            final int n = q.poller().poll(events, limit);
            final int pollId = ++polls;
            assertEquals(events.size(), n, "poll must return the number delivered");
            assertTrue(n <= limit, () -> n + " tokens with limit " + limit);
            assertTrue(n <= capacity, () -> n + " tokens from a queue of capacity " + capacity);
            for (int i = 0; i < n; i++) {
                final int t = events.index(i);
                assertTrue(t >= 0 && t < capacity, () -> "token " + t + " out of range");
                if (stamp[t] == pollId) {
                    fail("token " + t + " delivered twice in one poll: " + events);
                }
                stamp[t] = pollId;
                delivered[t]++;
                if (sequenceLength == sequence.length) {
                    sequence = Arrays.copyOf(sequence, sequenceLength * 2);
                }
                sequence[sequenceLength++] = t;
            }
            return n;
        }
    }

    /**
     * Producers on distinct tokens (each owns every third one), the consumer polling with
     * random limits. Checks exactly-once delivery per queued notify, per-producer FIFO and that
     * each token's final value is seen.
     *
     * @throws InterruptedException if interrupted
     */
    @Test
    void manyProducersOnDistinctTokens() throws InterruptedException {
        final int producers = 3;
        final int perProducer = 50;
        final int capacity = producers * perProducer;
        final int notifies = 60_000;
        final EventQueue q = newQueue(capacity);
        final Notifier notifier = q.notifier();
        final AtomicIntegerArray value = new AtomicIntegerArray(capacity);
        final int[] finalValue = new int[capacity];
        final int[][] queued = new int[producers][];
        final int[] queuedLength = new int[producers];
        final ProducerCrew crew = new ProducerCrew(producers, p -> {
            final Random random = new Random(100 + p);
            final int[] log = new int[notifies];
            int length = 0;
            final int[] version = new int[capacity];
            for (int i = 0; i < notifies; i++) {
                final int t = p + producers * random.nextInt(perProducer);
                value.setOpaque(t, ++version[t]);
                if (notifier.notify(t)) {
                    log[length++] = t;
                }
            }
            for (int k = 0; k < perProducer; k++) {
                finalValue[p + producers * k] = version[p + producers * k];
            }
            queued[p] = log;
            queuedLength[p] = length;
        });
        final Consumer consumer = new Consumer(capacity);
        final int[] lastSeen = new int[capacity];
        crew.release();
        while (true) {
            final boolean finished = crew.finished();
            final int n = consumer.poll(q, finished ? Integer.MAX_VALUE : consumer.randomLimit());
            for (int i = 0; i < n; i++) {
                final int t = consumer.events.index(i);
                lastSeen[t] = value.getOpaque(t);
            }
            if (finished && n == 0) {
                break;
            }
            if (n == 0) {
                Thread.yield();
            }
        }
        crew.join();
        assertTrue(q.poller().isEmpty(), "the queue must be empty once an unlimited poll that"
            + " started after the last notify returned found nothing");

        final int[] queuedPerToken = new int[capacity];
        for (int p = 0; p < producers; p++) {
            for (int i = 0; i < queuedLength[p]; i++) {
                queuedPerToken[queued[p][i]]++;
            }
            final int producer = p;
            final int[] arrived = Arrays.stream(consumer.sequence, 0, consumer.sequenceLength)
                .filter(t -> t % producers == producer).toArray();
            assertArrayEquals(Arrays.copyOf(queued[p], queuedLength[p]), arrived,
                "producer " + p + "'s queued tokens must arrive in the order it queued them");
        }
        assertArrayEquals(queuedPerToken, consumer.delivered,
            "each notify that returned true must be delivered exactly once");
        assertArrayEquals(finalValue, lastSeen,
            "the last delivery of each token must show its last value (lost update)");
    }

    /**
     * Producers all hammering the same few tokens, the consumer polling with random limits.
     * Checks exactly-once delivery per queued notify and that each token's last delivery
     * shows every producer's last value.
     *
     * @throws InterruptedException if interrupted
     */
    @Test
    void manyProducersOnSharedTokens() throws InterruptedException {
        final int producers = 4;
        final int capacity = 8;
        final int notifies = 100_000;
        final EventQueue q = newQueue(capacity);
        final Notifier notifier = q.notifier();
        final AtomicIntegerArray value = new AtomicIntegerArray(producers * capacity);
        final int[] finalValue = new int[producers * capacity];
        final int[][] queuedPerToken = new int[producers][];
        final ProducerCrew crew = new ProducerCrew(producers, p -> {
            final Random random = new Random(200 + p);
            final int[] queued = new int[capacity];
            for (int i = 1; i <= notifies; i++) {
                final int t = random.nextInt(capacity);
                value.setOpaque(p * capacity + t, i);
                finalValue[p * capacity + t] = i;
                if (notifier.notify(t)) {
                    queued[t]++;
                }
            }
            queuedPerToken[p] = queued;
        });
        final Consumer consumer = new Consumer(capacity);
        final int[] lastSeen = new int[producers * capacity];
        crew.release();
        while (true) {
            final boolean finished = crew.finished();
            final int n = consumer.poll(q, finished ? Integer.MAX_VALUE : consumer.randomLimit());
            for (int i = 0; i < n; i++) {
                final int t = consumer.events.index(i);
                for (int p = 0; p < producers; p++) {
                    lastSeen[p * capacity + t] = value.getOpaque(p * capacity + t);
                }
            }
            if (finished && n == 0) {
                break;
            }
            if (n == 0) {
                Thread.yield();
            }
        }
        crew.join();
        assertTrue(q.poller().isEmpty(), "the queue must be empty once an unlimited poll that"
            + " started after the last notify returned found nothing");

        final int[] expected = new int[capacity];
        for (int[] queued : queuedPerToken) {
            for (int t = 0; t < capacity; t++) {
                expected[t] += queued[t];
            }
        }
        assertArrayEquals(expected, consumer.delivered,
            "each notify that returned true must be delivered exactly once");
        assertArrayEquals(finalValue, lastSeen,
            "the last delivery of each token must show every producer's last value (lost update)");
    }

    /**
     * Producers share two tokens and each waits until the consumer has seen its latest value
     * before writing the next. A lost update (the consumer reading old data while a producer
     * conflates into a flag it is clearing) strands that producer; it gives up after 10 s and
     * fails the test.
     *
     * @throws InterruptedException if interrupted
     */
    @Test
    void everyUpdateOnASharedTokenIsSeen() throws InterruptedException {
        final int producers = 3;
        final int capacity = 2;
        final int rounds = 3_000;
        final EventQueue q = newQueue(capacity);
        final Notifier notifier = q.notifier();
        final AtomicIntegerArray value = new AtomicIntegerArray(producers);
        final AtomicIntegerArray seen = new AtomicIntegerArray(producers);
        final ProducerCrew crew = new ProducerCrew(producers, p -> {
            final int token = p % capacity;
            for (int v = 1; v <= rounds; v++) {
                value.setOpaque(p, v);
                notifier.notify(token);
                final long deadline = System.nanoTime() + ACK_WAIT_NANOS;
                while (seen.get(p) < v) {
                    if (System.nanoTime() - deadline > 0) {
                        throw new AssertionError("producer " + p + ": update " + v
                            + " of token " + token + " was never seen (lost update)");
                    }
                    Thread.yield();
                }
            }
        });
        final Consumer consumer = new Consumer(capacity);
        crew.release();
        while (!crew.finished()) {
            final int n = consumer.poll(q, 1 + consumer.random.nextInt(2));
            for (int i = 0; i < n; i++) {
                final int t = consumer.events.index(i);
                for (int p = t; p < producers; p += capacity) {
                    seen.set(p, value.getOpaque(p));
                }
            }
            if (n == 0) {
                Thread.yield();
            }
        }
        crew.join();
        for (int p = 0; p < producers; p++) {
            assertEquals(rounds, seen.get(p), "producer " + p + "'s last update");
        }
    }

    /**
     * Notifies from the last frames of a small stack, so that a {@link StackOverflowError}
     * strikes at every point of {@code notify} it can (docs/progress.md): between the flag's
     * swap and the claim, and inside the backend's offer. Between dives the test thread polls
     * everything, so each dive queues its tokens afresh. Afterwards no token may be left
     * pending with nothing queued, and no claimed entry left unwritten: the queue is strictly
     * empty, and every token can be notified and delivered again, in order.
     *
     * @throws InterruptedException if interrupted
     */
    @Test
    void aNotifyCutShortByAStackOverflowLeavesNoTokenDead() throws InterruptedException {
        assumeFalse(offerCanBeCutShort(), "this backend's offer is library code that a stack"
            + " overflow can cut short between its claim and its write (docs/progress.md)");
        final int capacity = 64;
        final EventQueue q = newQueue(capacity);
        final Notifier notifier = q.notifier();
        int overflows = 0;
        int completed = 0;
        for (int dive = 0; dive < 8; dive++) {
            final DeepStackCaller producer = DeepStackCaller.run(1,
                depth -> notifier.notify(depth % capacity));
            overflows += producer.overflows();
            completed += producer.completed();
            pollAll(q.poller());
        }
        assertTrue(overflows > 0 && completed > 0,
            "the notifies overflowed at some depths and completed at others");

        assertTrue(q.poller().isEmpty(), "a claimed entry was left unwritten: every later token hides"
            + " behind it");
        final int[] all = range(0, capacity);
        for (int t : all) {
            assertTrue(notifier.notify(t), "token " + t + " was left pending with nothing"
                + " queued: its notify conflates into a delivery that never comes");
        }
        assertArrayEquals(all, pollAll(q.poller()), "every token, notified again, in order");
    }

    /**
     * Polls from the last frames of a small stack, so that a {@link StackOverflowError} strikes
     * at every point of {@code poll} it can: before it takes anything, inside the backend's
     * drain, and between the drain and the re-arming of the tokens it took
     * (docs/progress.md). Before each dive every token is notified; the diving consumer polls
     * two at a time and counts what each poll that returns hands over, reading the batch's
     * array with no call in between, so that an error after the poll cannot hide a delivery.
     * Then the test thread polls what is left. A poll that throws must have taken nothing: each
     * token is delivered exactly once per dive, and every token can be notified again.
     *
     * @throws InterruptedException if interrupted
     */
    @Test
    void aPollCutShortByAStackOverflowLosesNoToken() throws InterruptedException {
        assumeFalse(drainCanBeCutShort(), "this backend's drain is library code that a stack"
            + " overflow can cut short after it has taken an entry (docs/progress.md)");
        final int capacity = 1024;
        final int limit = 2;
        final EventQueue q = newQueue(capacity);
        final Notifier notifier = q.notifier();
        final Poller poller = q.poller();
        final Events batch = Events.withCapacity(limit);
        final int[] delivered = new int[capacity];
        int overflows = 0;
        int completed = 0;
        for (int dive = 1; dive <= 8; dive++) {
            for (int t = 0; t < capacity; t++) {
                assertTrue(notifier.notify(t), "token " + t + " was left pending with nothing"
                    + " queued by a poll cut short");
            }
            final DeepStackCaller consumer = DeepStackCaller.run(1, depth -> {
                final int[] tokens = batch.reserve(limit);
                final int n = poller.poll(batch, limit);
                for (int i = 0; i < n; i++) {
                    delivered[tokens[i]]++;
                }
            });
            overflows += consumer.overflows();
            completed += consumer.completed();
            for (int t : pollAll(poller)) {
                delivered[t]++;
            }
            for (int t = 0; t < capacity; t++) {
                assertEquals(dive, delivered[t], "deliveries of token " + t + " after " + dive
                    + " dives: a poll that threw had taken it");
            }
        }
        assertTrue(overflows > 0 && completed > 0,
            "the polls overflowed at some depths and completed at others");
        assertTrue(poller.isEmpty(), "the queue is empty once everything is delivered");
    }
}
