package io.nexus.notify.bench.peer;

import io.nexus.notify.EventQueue;
import io.nexus.notify.tck.EventQueueConformance;

/**
 * Runs the conformance kit against {@link JctoolsPeerQueue}, so that the comparison is like
 * for like. The peer passes all of it but the deep-stack test, which it skips.
 */
class JctoolsPeerConformanceTest extends EventQueueConformance {
    @Override
    protected EventQueue newQueue(int capacity) {
        return Subjects.create(Subjects.JCTOOLS_PEER, capacity);
    }

    /**
     * A hand-rolled peer does what a user would: it swaps the flag, then offers, with nothing
     * to put the flag back if a stack overflow cuts the notify short in between.
     */
    @Override
    protected boolean offerCanBeCutShort() {
        return true;
    }

    /**
     * A hand-rolled peer takes one box at a time and then makes calls (the next take, the
     * unboxing, the re-arming) before the batch holds it, with nothing to put it back if a
     * stack overflow strikes in between.
     */
    @Override
    protected boolean drainCanBeCutShort() {
        return true;
    }
}
