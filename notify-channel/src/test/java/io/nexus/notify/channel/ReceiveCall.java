package io.nexus.notify.channel;

import io.nexus.notify.Events;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Named;

/** One of the receive methods of a {@link Receiver}, so that a test can run each in turn. */
@FunctionalInterface
interface ReceiveCall {

    /** The limit passed by the variants that take one. */
    int LIMIT = 4;

    /** The timeout passed by the timed variants: long enough never to elapse in a test. */
    Duration TIMEOUT = Duration.ofMinutes(1);

    /**
     * Receives into {@code events}.
     *
     * @param receiver the receiver
     * @param events   the batch
     * @return what the receive returned
     * @throws InterruptedException if a waiting receive is interrupted
     */
    int call(Receiver receiver, Events events) throws InterruptedException;

    /**
     * Lists the receives that return {@link Receiver#CLOSED} on a closed, drained channel:
     * every {@code recv} and {@code tryRecv}.
     *
     * @return the calls, named after the method
     */
    static List<Named<ReceiveCall>> closedReporting() {
        return List.of(
            Named.of("tryRecv(events)", (r, e) -> r.tryRecv(e)),
            Named.of("tryRecv(events, limit)", (r, e) -> r.tryRecv(e, LIMIT)),
            Named.of("recv(events, ZERO)", (r, e) -> r.recv(e, Duration.ZERO)),
            Named.of("recv(events)", (r, e) -> r.recv(e)),
            Named.of("recv(events, limit)", (r, e) -> r.recv(e, LIMIT)),
            Named.of("recv(events, timeout)", (r, e) -> r.recv(e, TIMEOUT)),
            Named.of("recv(events, limit, timeout)", (r, e) -> r.recv(e, LIMIT, TIMEOUT)));
    }

    /**
     * Lists the {@link io.nexus.notify.Poller} views of a receive, which return {@code 0} on a
     * closed, drained channel.
     *
     * @return the calls, named after the method
     */
    static List<Named<ReceiveCall>> polls() {
        return List.of(
            Named.of("poll(events)", (r, e) -> r.poll(e)),
            Named.of("poll(events, limit)", (r, e) -> r.poll(e, LIMIT)));
    }
}
