package io.nexus.notify.tck;

import io.nexus.notify.EventQueue;

/**
 * Runs the conformance kit against the {@code builtin} backend. The class is also the example
 * the kit's Javadoc shows ({@code JavadocExamplesTest} checks that they are the same text).
 */
// JAVADOC:BuiltinConformanceTest
class BuiltinConformanceTest extends EventQueueConformance {
    @Override
    protected EventQueue newQueue(int capacity) {
        return EventQueue.create(capacity, "builtin");   // your backend's name
    }
}
// JAVADOC:end
