package io.nexus.notify.bench.peer;

import io.nexus.notify.EventQueue;
import io.nexus.notify.tck.EventQueueConformance;

/**
 * Runs the conformance kit against {@link JctoolsPeerQueue}, so that the comparison is like
 * for like. The peer passes all of it.
 */
class JctoolsPeerConformanceTest extends EventQueueConformance {
    @Override
    protected EventQueue newQueue(int capacity) {
        return Subjects.create(Subjects.JCTOOLS_PEER, capacity);
    }
}
