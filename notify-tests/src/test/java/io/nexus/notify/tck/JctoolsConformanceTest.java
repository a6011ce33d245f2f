package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nexus.notify.EventQueue;

/** Runs the conformance kit against the {@code jctools} backend. */
class JctoolsConformanceTest extends EventQueueConformance {

    @Override
    protected EventQueue newQueue(int capacity) {
        final EventQueue q = EventQueue.create(capacity, "jctools");
        assertEquals("jctools", q.backend());
        return q;
    }

    /**
     * JCTools' MpscAtomicArrayQueue's offer makes calls between its claim and its write,
     * where a stack overflow leaves a claimed slot unwritten.
     */
    @Override
    protected boolean offerCanBeCutShort() {
        return true;
    }

    /**
     * JCTools' drain frees each slot, then makes calls (its index update, the element's
     * consumer) before the element reaches the batch, where a stack overflow loses it.
     */
    @Override
    protected boolean drainCanBeCutShort() {
        return true;
    }
}
