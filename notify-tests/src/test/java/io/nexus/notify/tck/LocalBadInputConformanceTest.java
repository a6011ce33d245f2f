package io.nexus.notify.tck;

import io.nexus.notify.EventQueue;

/** The kit's bad-input checks against {@link EventQueue#createLocal(int)}. */
class LocalBadInputConformanceTest extends BadInputConformance {

    @Override
    protected EventQueue newQueue(int capacity) {
        return EventQueue.createLocal(capacity);
    }
}
