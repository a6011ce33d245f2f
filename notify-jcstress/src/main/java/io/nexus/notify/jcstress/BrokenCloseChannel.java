package io.nexus.notify.jcstress;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.channel.Receiver;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A channel stand-in with the close protocol the real channel had before it stranded
 * nothing, for {@link BrokenCloseRaceTest}. Never use it for anything else.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>It keeps the two faults of that protocol and nothing else of the channel (no parking, so
 * no wake-up). The sender checks {@code closed} before its push and never again, so a
 * {@code close()} and the receiver's last poll can both fall between its check and its push,
 * and the notify still returns {@code true}. The receiver reads {@code closed}, polls, and
 * returns {@link Receiver#CLOSED} as soon as a poll of the closed channel moves nothing: no
 * fence, no strict emptiness check, so a push claimed but not yet written also passes for an
 * empty queue. Nor is {@code CLOSED} final: a receive after it returns a token queued late.
 * The queue is a real one, on the backend named by the system property.
 */
final class BrokenCloseChannel {

    /** Spins of {@link #recv} before it starts yielding, as many as the default strategy. */
    private static final int SPINS = 128;

    /** {@code boolean closed}: release store by close, acquire loads by both sides. */
    private static final VarHandle CLOSED;

    static {
        try {
            CLOSED = MethodHandles.lookup().findVarHandle(BrokenCloseChannel.class, "closed",
                boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Notifier notifier;
    private final Poller poller;

    /** Accessed through {@link #CLOSED} only. */
    @SuppressWarnings("unused")
    private boolean closed;

    /**
     * Creates an open stand-in over a new queue.
     *
     * @param capacity the number of tokens
     */
    BrokenCloseChannel(int capacity) {
        final EventQueue queue = EventQueue.create(capacity);
        this.notifier = queue.notifier();
        this.poller = queue.poller();
    }

    /**
     * Notifies a token unless the channel is already closed.
     *
     * @param token the token
     * @return what the queue's notify returned
     * @throws IllegalStateException if the channel was closed before the push
     */
    boolean send(int token) {
        if ((boolean) CLOSED.getAcquire(this)) {
            throw new IllegalStateException("closed");
        }
        // Missing here: a re-read of closed that cannot pass the push (a volatile load after
        // the sequentially consistent claim).
        return notifier.notify(token);
    }

    /** Closes the channel. */
    void close() {
        CLOSED.setRelease(this, true);
    }

    /**
     * Receives, waiting by spinning then yielding, until a token or {@code CLOSED}.
     *
     * @param events the batch to fill
     * @return the number of tokens moved, or {@link Receiver#CLOSED}
     */
    int recv(Events events) {
        int result;
        for (int tries = 0; (result = tryRecv(events)) == 0; tries++) {
            if (tries < SPINS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        return result;
    }

    /**
     * One attempt: read {@code closed}, then poll.
     *
     * @param events the batch to fill
     * @return the number of tokens moved; else {@link Receiver#CLOSED} if the channel was
     *     closed before the poll; else {@code 0}
     */
    int tryRecv(Events events) {
        final boolean wasClosed = (boolean) CLOSED.getAcquire(this);
        final int moved = poller.poll(events);
        // Missing here: on a closed channel, a full fence and a strict emptiness check.
        return moved == 0 && wasClosed ? Receiver.CLOSED : moved;
    }
}
