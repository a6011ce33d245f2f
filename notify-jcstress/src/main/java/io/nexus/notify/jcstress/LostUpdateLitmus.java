package io.nexus.notify.jcstress;

import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;

/**
 * The lost-update litmus shared by {@link LostUpdateTest}, {@link LostUpdateLimitedPollTest}
 * and the broken controls: token 0 starts pending with a data slot of 0; the producer writes 1
 * and notifies; the consumer polls and reads the slot; a final poll tells whether the token is
 * pending again. Each test's {@code @State} extends this class with the queue it exercises.
 */
class LostUpdateLitmus {

    private final Notifier notifier;
    private final Poller poller;
    private final Events consumerEvents = Events.withCapacity(1);
    private final Events finalEvents = Events.withCapacity(1);
    private int data;

    /**
     * Makes token 0 pending.
     *
     * @param notifier the queue's producer side
     * @param poller   the queue's consumer side
     */
    LostUpdateLitmus(Notifier notifier, Poller poller) {
        this.notifier = notifier;
        this.poller = poller;
        notifier.notify(0);
    }

    /** Producer: writes the new data (plain), then notifies token 0. */
    final void produce() {
        data = 1;
        notifier.notify(0);
    }

    /**
     * Consumer: polls, then reads the data of the token it was given.
     *
     * @param limit the poll limit, or {@code 0} for an unlimited {@code poll(events)}
     * @return the data read, or -1 if the poll did not return token 0
     */
    final int consume(int limit) {
        final Events events = consumerEvents;
        final int n = limit == 0 ? poller.poll(events) : poller.poll(events, limit);
        return n >= 1 && events.index(0) == 0 ? data : -1;
    }

    /**
     * Arbiter: polls once more after both actors finished.
     *
     * @return the number of tokens returned
     */
    final int finalPoll() {
        return poller.poll(finalEvents);
    }
}
