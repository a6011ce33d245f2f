package io.nexus.notify.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.nexus.notify.Events;

/**
 * The soak's consumer-side checks: takes each poll's tokens, checks them, and reads their
 * slots as the application would.
 */
final class SoakConsumer {

    private final String backend;
    private final long[] slots;
    private final long[] lastRead;
    private final long[] delivered;
    private final long[] seenInPoll;
    private long polls;
    private long total;

    /**
     * Creates the checks for one run.
     *
     * @param backend the backend under test, for messages
     * @param slots   the slots the producers write
     */
    SoakConsumer(String backend, long[] slots) {
        this.backend = backend;
        this.slots = slots;
        this.lastRead = new long[slots.length];
        this.delivered = new long[slots.length];
        this.seenInPoll = new long[slots.length];
    }

    /**
     * Checks one poll and reads the slots of its tokens: the return value matches the events,
     * the limit and the capacity hold, and no token appears twice.
     *
     * @param events the poll's tokens
     * @param n      what the poll returned
     * @param limit  the limit passed to it ({@link Integer#MAX_VALUE} for an unlimited poll)
     */
    void accept(Events events, int n, int limit) {
        final long poll = ++polls;
        assertEquals(events.size(), n, () -> backend + ": poll's return value differs from"
            + " the events it filled");
        assertTrue(n <= limit, () -> backend + ": poll returned " + n + " tokens with limit "
            + limit);
        for (int i = 0; i < n; i++) {
            final int t = events.index(i);
            if (seenInPoll[t] == poll) {
                fail(backend + ": poll " + poll + " returned token " + t + " twice: "
                    + describe(events));
            }
            seenInPoll[t] = poll;
            // Opaque: the queue alone must make the producer's write visible.
            lastRead[t] = (long) SoakProducer.SLOT.getOpaque(slots, t);
            delivered[t]++;
        }
        assertTrue(n <= slots.length, () -> backend + ": poll returned " + n
            + " tokens, capacity " + slots.length);
        total += n;
    }

    /**
     * Checks that the tokens newly queued but not yet delivered do not exceed the capacity.
     *
     * @param queued the number of notifies that have returned {@code true} so far
     */
    void assertBacklogWithinCapacity(long queued) {
        final long backlog = queued - total;
        assertTrue(backlog <= slots.length, () -> backend + ": " + backlog
            + " tokens newly queued but not delivered, more than the capacity " + slots.length);
    }

    /**
     * Returns the number of polls checked.
     *
     * @return the poll count
     */
    long polls() {
        return polls;
    }

    /**
     * Returns the number of tokens delivered.
     *
     * @return the token count over all polls
     */
    long total() {
        return total;
    }

    /**
     * Checks that the last read of each slot saw its final value.
     *
     * @param written the final value of each slot
     */
    void assertReadFinalValues(long[] written) {
        for (int t = 0; t < slots.length; t++) {
            assertEquals(written[t], lastRead[t], backend + ": token " + t
                + " lost its last update (delivered " + delivered[t] + " times)");
        }
    }

    private static String describe(Events events) {
        final StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < events.size() && i < 32; i++) {
            s.append(i == 0 ? "" : ", ").append(events.index(i));
        }
        return s.append(events.size() > 32 ? ", ...]" : "]").toString();
    }
}
