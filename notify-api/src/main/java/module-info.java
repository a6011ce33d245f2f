/**
 * notify: cross-thread readiness notification with per-token conflation and FIFO delivery.
 *
 * <p>Exports the user API ({@code io.nexus.notify}) and the backend SPI
 * ({@code io.nexus.notify.spi}). Backends are found with {@link java.util.ServiceLoader}.
 */
module io.nexus.notify {
    exports io.nexus.notify;
    exports io.nexus.notify.spi;

    uses io.nexus.notify.spi.EventQueueProvider;
}
