package io.nexus.notify.jcstress;

import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import java.util.function.BinaryOperator;

/**
 * The merge litmus shared by {@link ValueMergeTest} and the broken merge controls: token 0
 * starts idle with no value; one producer merges 1 into it (summing); the other merges 10,
 * then, as the consumer, polls and, if the poll delivered the token, takes its sum; the
 * arbiter polls and takes once more. Each test's {@code @State} extends this class with the
 * value slot it exercises, over a queue of one token. Every contribution is taken exactly once
 * when the two takes add up to 11.
 *
 * <p>Two actors play three roles because jcstress runs a test only if each actor has a CPU of
 * its own, and the build machine has two. The two merges race with each other, and the merge
 * of 1 races with the take.
 */
abstract class ValueMergeLitmus {

    /** Adds the contribution to the unread sum. */
    static final BinaryOperator<Long> SUM = Long::sum;

    private final Poller poller;
    private final Events consumerEvents = Events.withCapacity(1);
    private final Events finalEvents = Events.withCapacity(1);

    /**
     * Starts with nothing pending.
     *
     * @param poller the consumer side of the queue that the slot notifies
     */
    ValueMergeLitmus(Poller poller) {
        this.poller = poller;
    }

    /**
     * Adds {@code contribution} to token 0's unread sum with {@link #SUM} and notifies
     * token 0, as the slot under test does it.
     *
     * @param contribution the amount to add
     */
    abstract void merge(Long contribution);

    /**
     * Takes token 0's unread sum and clears it, as the slot under test does it.
     *
     * @return the sum, or {@code null} if none
     */
    abstract Long take();

    /** First producer: merges 1. */
    final void mergeOne() {
        merge(1L);
    }

    /**
     * Second producer and consumer: merges 10, polls, then takes the sum if the poll delivered
     * token 0.
     *
     * @return see {@link #pollAndTake}
     */
    final int mergeTenThenTake() {
        merge(10L);
        return pollAndTake(consumerEvents);
    }

    /**
     * Arbiter: polls once more after every actor finished, then takes the sum if the poll
     * delivered token 0.
     *
     * @return see {@link #pollAndTake}
     */
    final int finalTake() {
        return pollAndTake(finalEvents);
    }

    /**
     * Polls the one-token queue and takes the sum of the token it delivered.
     *
     * @param events the batch to poll into
     * @return -1 if the poll was empty; otherwise the sum taken, or 0 if the take returned
     *     {@code null}
     */
    private int pollAndTake(Events events) {
        if (poller.poll(events) == 0) {
            return -1;
        }
        final Long sum = take();
        return sum == null ? 0 : sum.intValue();
    }
}
