package io.nexus.notify.tck;

import io.nexus.notify.channel.EventChannel;

/**
 * Runs the channel's conformance kit over the {@code builtin} backend. The class is also the
 * example the kit's Javadoc shows ({@code JavadocExamplesTest} checks that they are the same
 * text).
 */
// JAVADOC:BuiltinChannelConformanceTest
class BuiltinChannelConformanceTest extends EventChannelConformance {
    @Override
    protected EventChannel newChannel(int capacity) {
        return EventChannel.create(capacity, "builtin");   // your backend's name
    }
}
// JAVADOC:end
