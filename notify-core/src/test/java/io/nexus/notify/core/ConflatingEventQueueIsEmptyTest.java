package io.nexus.notify.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import org.junit.jupiter.api.Test;

/**
 * The engine's strict {@link Poller#isEmpty()}: it follows what is pending, and an entry
 * claimed but not yet written keeps it false even though a poll cannot deliver it yet.
 */
class ConflatingEventQueueIsEmptyTest {

    private final Events events = Events.withCapacity(8);

    @Test
    void aNewQueueIsEmpty() {
        assertTrue(EventQueue.create(8, "builtin").poller().isEmpty());
    }

    @Test
    void aNotifyMakesItNonEmptyAndThePollThatTakesEverythingEmptiesIt() {
        final EventQueue queue = EventQueue.create(8, "builtin");
        queue.notifier().notify(3);
        queue.notifier().notify(5);
        assertFalse(queue.poller().isEmpty());
        assertEquals(1, queue.poller().poll(events, 1));
        assertFalse(queue.poller().isEmpty(), "5 is still pending");
        assertEquals(1, queue.poller().poll(events));
        assertTrue(queue.poller().isEmpty());
    }

    @Test
    void aConflatedNotifyKeepsItNonEmptyUntilThePoll() {
        final EventQueue queue = EventQueue.create(8, "builtin");
        queue.notifier().notify(3);
        queue.notifier().notify(3);
        assertFalse(queue.poller().isEmpty());
        assertEquals(1, queue.poller().poll(events));
        assertTrue(queue.poller().isEmpty());
    }

    @Test
    void aClaimedButUnwrittenEntryPollsNothingYetIsNotEmpty() {
        final StalledIndexQueue stalled = new StalledIndexQueue();
        final ConflatingEventQueue engine = new ConflatingEventQueue(8, stalled, "stalled");
        assertEquals(0, engine.poll(events));
        assertEquals(0, engine.poll(Events.withCapacity(0), 4));
        assertEquals(2, stalled.looks(), "each poll looked at the oldest entry");
        assertFalse(engine.isEmpty());
    }
}
