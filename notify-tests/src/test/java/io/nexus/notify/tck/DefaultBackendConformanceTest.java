package io.nexus.notify.tck;

import io.nexus.notify.EventQueue;

/** Runs the conformance kit against whatever {@link EventQueue#create(int)} picks by default. */
class DefaultBackendConformanceTest extends EventQueueConformance {

    @Override
    protected EventQueue newQueue(int capacity) {
        return EventQueue.create(capacity);
    }
}
