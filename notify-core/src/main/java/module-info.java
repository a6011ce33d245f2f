/**
 * The conflating engine and the built-in notify backends.
 *
 * <p>With this module and {@code io.nexus.notify} alone, {@code EventQueue.create(n)} works.
 */
module io.nexus.notify.core {
    requires transitive io.nexus.notify;

    exports io.nexus.notify.core;

    provides io.nexus.notify.spi.EventQueueProvider
        with io.nexus.notify.core.ring.RingProvider;
}
