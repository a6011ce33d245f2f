/**
 * notify-channel: blocking receive with wake-ups over any notify backend.
 *
 * <p>Depends on the notify API alone, so it works over every backend, third-party ones
 * included. The API module is required transitively because its types ({@code Events},
 * {@code Token}, {@code EventQueue}) appear in this module's signatures. Agrona is optional:
 * only {@code AgronaWaitStrategy} needs it. {@code jdk.jfr} holds the receiver's park and
 * wake-up events, emitted only with {@code -Dio.nexus.notify.jfr=true}. Agrona is an automatic
 * module, and its {@code IdleStrategy} appears in {@code AgronaWaitStrategy.of} without a
 * transitive requirement on purpose (a user of that method has Agrona already); the two
 * warnings about that are suppressed.
 */
@SuppressWarnings({"requires-automatic", "exports"})
module io.nexus.notify.channel {
    requires transitive io.nexus.notify;
    requires static org.agrona;
    requires jdk.jfr;

    exports io.nexus.notify.channel;
}
