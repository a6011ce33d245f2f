package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import java.util.Random;

/**
 * The factory every conformance group needs, and small helpers shared by the groups.
 */
public abstract class ConformanceSupport {

    /** Creates the support; subclasses supply {@link #newQueue(int)}. */
    protected ConformanceSupport() {
    }

    /**
     * Creates a new, empty queue of the backend under test. It must check its capacity like
     * {@link EventQueue#create(int, String)} does, so the simplest implementation is
     * {@code return EventQueue.create(capacity, "my-backend");}.
     *
     * @param capacity the requested capacity, possibly invalid
     * @return a new queue with nothing pending
     * @throws IllegalArgumentException if {@code capacity} is not in
     *     {@code [1, EventQueue.MAX_CAPACITY]}
     */
    protected abstract EventQueue newQueue(int capacity);

    /**
     * Polls everything pending into a fresh buffer.
     *
     * @param poller the consumer side
     * @return the token indices, in delivery order
     */
    protected static int[] pollAll(Poller poller) {
        final Events events = Events.withCapacity(0);
        final int n = poller.poll(events);
        assertEquals(events.size(), n, "poll must return the number of tokens it delivered");
        return events.toArray();
    }

    /**
     * Polls at most {@code limit} tokens into a fresh buffer.
     *
     * @param poller the consumer side
     * @param limit  the budget
     * @return the token indices, in delivery order
     */
    protected static int[] poll(Poller poller, int limit) {
        final Events events = Events.withCapacity(0);
        final int n = poller.poll(events, limit);
        assertEquals(events.size(), n, "poll must return the number of tokens it delivered");
        assertTrue(n <= limit, () -> "poll delivered " + n + " tokens with limit " + limit);
        return events.toArray();
    }

    /**
     * Notifies each token in turn, asserting that each was newly queued.
     *
     * @param notifier the producer side
     * @param tokens   token indices, distinct and idle
     */
    protected static void notifyNew(Notifier notifier, int... tokens) {
        for (int t : tokens) {
            assertTrue(notifier.notify(t),
                () -> "notify(" + t + ") of an idle token must return true");
        }
    }

    /**
     * Returns {@code 0 .. n-1} shuffled with a fixed seed.
     *
     * @param n    the length
     * @param seed the shuffle seed
     * @return a permutation of the first {@code n} indices
     */
    protected static int[] permutation(int n, long seed) {
        final int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        final Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            final int j = random.nextInt(i + 1);
            final int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
        return a;
    }

    /**
     * Returns {@code [from, to)} in ascending order.
     *
     * @param from the first index
     * @param to   one past the last index
     * @return the range as an array
     */
    protected static int[] range(int from, int to) {
        final int[] a = new int[to - from];
        for (int i = 0; i < a.length; i++) {
            a[i] = from + i;
        }
        return a;
    }
}
