package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nexus.notify.channel.EventChannel;

/** Runs the channel's conformance kit over the {@code agrona} backend. */
class AgronaChannelConformanceTest extends EventChannelConformance {

    @Override
    protected EventChannel newChannel(int capacity) {
        final EventChannel channel = EventChannel.create(capacity, "agrona");
        assertEquals("agrona", channel.backend());
        return channel;
    }

    /** Agrona's drain can lose an entry it has taken; see {@link AgronaConformanceTest}. */
    @Override
    protected boolean drainCanBeCutShort() {
        return true;
    }
}
