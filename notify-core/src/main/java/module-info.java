/**
 * The conflating engine and the built-in notify backends.
 *
 * <p>With this module and {@code io.nexus.notify} alone, {@code EventQueue.create(n)} works
 * ({@code builtin}). The {@code jctools} and {@code agrona} backends become available when
 * their library is present; without it they report themselves unavailable.
 *
 * <p>Exports {@code io.nexus.notify.core}, the engine and its {@code IndexQueue} plug-in, as an
 * extension point for third-party backends; everything else is internal.
 *
 * <p>Agrona has no module descriptor; {@code org.agrona} is the automatic module name in the
 * manifest of Agrona 2.x (1.x used {@code org.agrona.core}). On the class path either works.
 */
@SuppressWarnings("requires-automatic")
module io.nexus.notify.core {
    requires transitive io.nexus.notify;
    requires static org.jctools.core;
    requires static org.agrona;

    exports io.nexus.notify.core;
    exports io.nexus.notify.core.agent;

    provides io.nexus.notify.spi.EventQueueProvider
        with io.nexus.notify.core.backend.RingProvider,
            io.nexus.notify.core.backend.JctoolsProvider,
            io.nexus.notify.core.backend.AgronaProvider;
}
