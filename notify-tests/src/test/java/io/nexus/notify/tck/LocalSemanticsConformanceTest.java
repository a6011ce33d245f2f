package io.nexus.notify.tck;

import io.nexus.notify.EventQueue;

/** The kit's single-threaded semantics against {@link EventQueue#createLocal(int)}. */
class LocalSemanticsConformanceTest extends SemanticsConformance {

    @Override
    protected EventQueue newQueue(int capacity) {
        return EventQueue.createLocal(capacity);
    }
}
