package io.nexus.notify.aeron;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** The two transports the tests cross: IPC through one driver, and UDP on loopback. */
enum Transport {
    /** Shared memory through one media driver. */
    IPC,
    /** Unicast UDP on the loopback interface. */
    UDP;

    /**
     * Returns a channel for one publisher-subscriber pair: {@code aeron:ipc}, or UDP to a
     * free loopback port.
     *
     * @return the channel
     */
    String channel() {
        return this == IPC ? "aeron:ipc" : "aeron:udp?endpoint=localhost:" + freeUdpPort();
    }

    /** Asks the OS for a free UDP port on the loopback interface. */
    private static int freeUdpPort() {
        try (DatagramSocket socket = new DatagramSocket(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
