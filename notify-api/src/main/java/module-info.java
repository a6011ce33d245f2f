/**
 * notify: cross-thread readiness notification with per-token conflation and FIFO delivery.
 *
 * <p>Exports the user API ({@code io.nexus.notify}) and the backend SPI
 * ({@code io.nexus.notify.spi}). Backends are found with {@link java.util.ServiceLoader}.
 * {@code io.nexus.notify.internal} holds helpers for notify's own modules and is exported to
 * them only.
 */
module io.nexus.notify {
    exports io.nexus.notify;
    exports io.nexus.notify.spi;
    exports io.nexus.notify.internal
        to io.nexus.notify.core, io.nexus.notify.channel, io.nexus.notify.value;

    uses io.nexus.notify.spi.EventQueueProvider;
}
