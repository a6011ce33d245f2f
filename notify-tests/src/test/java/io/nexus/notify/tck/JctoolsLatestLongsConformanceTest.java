package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nexus.notify.EventQueue;

/** Runs the conformance of {@code LatestLongs} over the {@code jctools} backend. */
class JctoolsLatestLongsConformanceTest extends LatestLongsConformance {

    @Override
    protected EventQueue newQueue(int capacity) {
        final EventQueue q = EventQueue.create(capacity, "jctools");
        assertEquals("jctools", q.backend());
        return q;
    }
}
