package io.nexus.notify.tck;

import io.nexus.notify.EventQueue;
import org.junit.jupiter.api.Nested;

/**
 * The whole conformance kit for one backend: extend it, implement {@link #newQueue(int)}, and
 * JUnit 5 runs every group below against that backend.
 *
 * <pre>{@code
 * class BuiltinConformanceTest extends EventQueueConformance {
 *     @Override
 *     protected EventQueue newQueue(int capacity) {
 *         return EventQueue.create(capacity, "builtin");   // your backend's name
 *     }
 * }
 * }</pre>
 *
 * <p>{@code newQueue} must reject a bad capacity like {@link EventQueue#create(int, String)}
 * does. A backend built on the shared engine ({@code io.nexus.notify.core.ConflatingEventQueue})
 * gets the exceptions and messages the kit expects; one written from scratch must throw the
 * same types, with messages that name the bad value and the valid range as
 * {@link BadInputConformance} describes.
 */
public abstract class EventQueueConformance {

    /** Creates the kit; subclasses supply {@link #newQueue(int)}. */
    protected EventQueueConformance() {
    }

    /**
     * Creates a new, empty queue of the backend under test.
     *
     * @param capacity the requested capacity, possibly invalid
     * @return a new queue with nothing pending
     * @throws IllegalArgumentException if {@code capacity} is not in
     *     {@code [1, EventQueue.MAX_CAPACITY]}
     */
    protected abstract EventQueue newQueue(int capacity);

    /**
     * Tells whether a {@link StackOverflowError} can cut the backend's notify short in a way
     * that leaves a token dead or the queue wedged: true for a backend whose offer is library
     * code with calls between its claim and its write (JCTools', Agrona's), which the engine
     * cannot close, and for a queue that does not put a token back when its offer fails; see
     * docs/progress.md. Such a backend skips
     * {@link ConcurrencyConformance#aNotifyCutShortByAStackOverflowLeavesNoTokenDead()}, with
     * this reason in the report. The default, {@code false}, holds the backend to it.
     *
     * @return {@code true} to skip the deep-stack test
     */
    protected boolean offerCanBeCutShort() {
        return false;
    }

    /**
     * Tells whether a {@link StackOverflowError} can cut the backend's poll short after its
     * drain has taken an entry, so that the poll throws with a token taken and not handed over:
     * true for a backend whose drain is library code that makes calls after taking each entry
     * (JCTools', Agrona's), where the engine cannot make room beforehand; see
     * docs/progress.md. Such a backend skips
     * {@link ConcurrencyConformance#aPollCutShortByAStackOverflowLosesNoToken()}, with this
     * reason in the report. The default, {@code false}, holds the backend to it.
     *
     * @return {@code true} to skip the deep-stack poll test
     */
    protected boolean drainCanBeCutShort() {
        return false;
    }

    /** {@link SemanticsConformance} against this backend. */
    @Nested
    class Semantics extends SemanticsConformance {
        @Override
        protected EventQueue newQueue(int capacity) {
            return EventQueueConformance.this.newQueue(capacity);
        }
    }

    /** {@link BadInputConformance} against this backend. */
    @Nested
    class BadInput extends BadInputConformance {
        @Override
        protected EventQueue newQueue(int capacity) {
            return EventQueueConformance.this.newQueue(capacity);
        }
    }

    /** {@link ConcurrencyConformance} against this backend. */
    @Nested
    class Concurrency extends ConcurrencyConformance {
        @Override
        protected EventQueue newQueue(int capacity) {
            return EventQueueConformance.this.newQueue(capacity);
        }

        @Override
        protected boolean offerCanBeCutShort() {
            return EventQueueConformance.this.offerCanBeCutShort();
        }

        @Override
        protected boolean drainCanBeCutShort() {
            return EventQueueConformance.this.drainCanBeCutShort();
        }
    }
}
