package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nexus.notify.channel.EventChannel;

/** Runs the channel's conformance kit over the {@code jctools} backend. */
class JctoolsChannelConformanceTest extends EventChannelConformance {

    @Override
    protected EventChannel newChannel(int capacity) {
        final EventChannel channel = EventChannel.create(capacity, "jctools");
        assertEquals("jctools", channel.backend());
        return channel;
    }

    /** JCTools' drain can lose an entry it has taken; see {@link JctoolsConformanceTest}. */
    @Override
    protected boolean drainCanBeCutShort() {
        return true;
    }
}
