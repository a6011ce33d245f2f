package io.nexus.notify.jcstress;

import io.nexus.notify.Events;
import io.nexus.notify.Poller;

/**
 * The stale-read litmus shared by {@link ValueStaleReadTest} and
 * {@link BrokenValueStaleReadTest}: token 0 starts idle with no value; the producer publishes
 * a value holding 1, then one holding 2; the consumer polls and, if the poll delivered the
 * token, takes its value; the arbiter polls and takes once more. Each test's {@code @State}
 * extends this class with the value slot it exercises, over a queue of one token.
 *
 * <p>The values are freshly allocated one-element arrays, so that a take also shows whether
 * the contents of the value it returned are visible.
 */
abstract class ValueStaleReadLitmus {

    private final Poller poller;
    private final Events consumerEvents = Events.withCapacity(1);
    private final Events finalEvents = Events.withCapacity(1);

    /**
     * Starts with nothing pending.
     *
     * @param poller the consumer side of the queue that the slot notifies
     */
    ValueStaleReadLitmus(Poller poller) {
        this.poller = poller;
    }

    /**
     * Stores {@code value} as token 0's latest and notifies token 0, as the slot under test
     * does it.
     *
     * @param value the value
     */
    abstract void publish(int[] value);

    /**
     * Takes token 0's latest unread value and clears it, as the slot under test does it.
     *
     * @return the value, or {@code null} if none
     */
    abstract int[] take();

    /** Producer: publishes a value holding 1, then a value holding 2. */
    final void produce() {
        publish(new int[] {1});
        publish(new int[] {2});
    }

    /**
     * Consumer: polls, then takes the value if the poll delivered token 0.
     *
     * @return see {@link #pollAndTake}
     */
    final int consume() {
        return pollAndTake(consumerEvents);
    }

    /**
     * Arbiter: polls once more after both actors finished, then takes the value if the poll
     * delivered token 0.
     *
     * @return see {@link #pollAndTake}
     */
    final int finalTake() {
        return pollAndTake(finalEvents);
    }

    /**
     * Polls the one-token queue and takes the value of the token it delivered.
     *
     * @param events the batch to poll into
     * @return -1 if the poll was empty; otherwise the number the taken value holds, or 0 if
     *     the take returned {@code null} (or a value whose contents were not visible yet)
     */
    private int pollAndTake(Events events) {
        if (poller.poll(events) == 0) {
            return -1;
        }
        final int[] value = take();
        return value == null ? 0 : value[0];
    }
}
