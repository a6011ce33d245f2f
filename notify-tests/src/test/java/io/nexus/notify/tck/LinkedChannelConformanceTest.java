package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nexus.notify.channel.EventChannel;

/** Runs the channel's conformance kit over the {@code linked} backend. */
class LinkedChannelConformanceTest extends EventChannelConformance {

    @Override
    protected EventChannel newChannel(int capacity) {
        final EventChannel channel = EventChannel.create(capacity, "linked");
        assertEquals("linked", channel.backend());
        return channel;
    }
}
