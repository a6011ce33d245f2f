package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nexus.notify.EventQueue;

/** Runs the conformance of {@code LatestLongs} over the {@code agrona} backend. */
class AgronaLatestLongsConformanceTest extends LatestLongsConformance {

    @Override
    protected EventQueue newQueue(int capacity) {
        final EventQueue q = EventQueue.create(capacity, "agrona");
        assertEquals("agrona", q.backend());
        return q;
    }
}
