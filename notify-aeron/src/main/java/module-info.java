/**
 * notify-aeron: latest values and readiness across processes and hosts, conflated at both
 * ends, on Aeron.
 *
 * <p>Aeron's client and driver and Agrona have no module descriptors: {@code io.aeron.client},
 * {@code io.aeron.driver} and {@code org.agrona} are the automatic module names in their
 * manifests. Their types appear in this module's signatures ({@code Aeron}, {@code Agent},
 * {@code MediaDriver.Context}), so they are required transitively; the warnings about
 * requiring automatic modules are suppressed. The notify backends ({@code io.nexus.notify.core})
 * supply the publishers' outbox queues through the service loader.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.nexus.notify.aeron {
    requires transitive io.nexus.notify;
    requires transitive io.nexus.notify.value;
    requires io.nexus.notify.core;
    requires transitive io.aeron.client;
    requires transitive io.aeron.driver;
    requires transitive org.agrona;

    exports io.nexus.notify.aeron;
}
