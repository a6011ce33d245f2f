package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nexus.notify.EventQueue;

/** Runs the conformance of {@code LatestValues} over the {@code agrona} backend. */
class AgronaLatestValuesConformanceTest extends LatestValuesConformance {

    @Override
    protected EventQueue newQueue(int capacity) {
        final EventQueue q = EventQueue.create(capacity, "agrona");
        assertEquals("agrona", q.backend());
        return q;
    }
}
