package io.nexus.notify.jcstress;

import io.nexus.notify.Events;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.Sender;
import io.nexus.notify.channel.WaitStrategy;

/**
 * The channel and the steps shared by the notify-versus-close litmus tests,
 * {@link CloseRaceTest} and {@link CloseInFlightTest}: an open channel of two tokens on the
 * backend named by the system property, whose receiver waits with the default strategy. Each
 * test's {@code @State} extends this class.
 */
class CloseLitmus {

    /** A notify that returned {@code false}. */
    static final int CONFLATED = 0;

    /** A notify that returned {@code true}. */
    static final int ACCEPTED = 1;

    /** A notify that threw {@link IllegalStateException}: the channel was closed. */
    static final int REJECTED = 2;

    /** What {@link #receiveUntilClosed()} returns if its thread was interrupted. */
    static final int INTERRUPTED = -2;

    private final EventChannel channel =
        EventChannel.create(2, null, WaitStrategy.defaultStrategy());
    private final Sender sender = channel.sender();
    private final Receiver receiver = channel.receiver();
    private final Events events = Events.withCapacity(2);

    /**
     * Notifies a token through the channel's sender.
     *
     * @param token the token, 0 or 1
     * @return {@link #ACCEPTED}, {@link #CONFLATED} or {@link #REJECTED}
     */
    final int send(int token) {
        try {
            return sender.notify(token) ? ACCEPTED : CONFLATED;
        } catch (IllegalStateException e) {
            return REJECTED;
        }
    }

    /** Closes the channel. */
    final void close() {
        channel.close();
    }

    /**
     * Receiver: runs the documented loop {@code while (recv(events) != CLOSED)} and writes down
     * what it received.
     *
     * @return the tokens received before {@code CLOSED}, in order, each as the decimal digit
     *     {@code token + 1} as {@link Deliveries} writes one poll ({@code 0} for none); or
     *     {@link #INTERRUPTED}
     */
    final int receiveUntilClosed() {
        int received = 0;
        try {
            while (receiver.recv(events) != Receiver.CLOSED) {
                for (int i = 0; i < events.size(); i++) {
                    received = received * 10 + events.index(i) + 1;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return INTERRUPTED;
        }
        return received;
    }

    /**
     * Arbiter: receives once more without waiting, after the receiver has seen {@code CLOSED}.
     *
     * @return what {@code tryRecv} returned
     */
    final int receiveAfterClosed() {
        return receiver.tryRecv(events);
    }
}
