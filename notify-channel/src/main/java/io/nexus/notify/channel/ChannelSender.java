package io.nexus.notify.channel;

import io.nexus.notify.Notifier;
import java.lang.invoke.VarHandle;

/**
 * The {@link Sender} of an {@link EventChannel}: the queue's notify, then one full fence
 * followed by two loads (closed and parked), and a system call only when the receiver is
 * parked.
 */
final class ChannelSender implements Sender {

    private final EventChannel channel;
    private final Notifier notifier;

    ChannelSender(EventChannel channel, Notifier notifier) {
        this.channel = channel;
        this.notifier = notifier;
    }

    @Override
    public boolean notify(int tokenIndex) {
        if (channel.isClosedAcquire()) {
            throw new IllegalStateException("channel is closed: notify(" + tokenIndex
                + ") rejected; tokens already pending can still be received");
        }
        // The queue checks the index (IndexOutOfBoundsException, nothing changed) and decides
        // conflation. A conflated notify needs no further step: the notify that made the
        // token pending does the wake-up and the close check below for it.
        if (!notifier.notify(tokenIndex)) {
            return false;
        }
        // StoreLoad, one fence for two Dekker pairs (docs/memory-ordering.md): the push must be
        // ordered before the reads of closed (trap 4) and of parked (trap 2). A backend's
        // offer ends in a release store, which does not stop a later load from being
        // satisfied first. Without it, this notify could read "open" and return true while
        // the receiver, having seen closed and a strictly empty queue, returns CLOSED without
        // the token; or read "not parked" while the receiver parks with the token queued.
        VarHandle.fullFence();
        final boolean closedMeanwhile = channel.isClosedOpaque();
        channel.wakeParked();
        if (closedMeanwhile) {
            // close() won the race: the receiver may already have returned CLOSED, so this
            // notify cannot promise delivery. Its token stays queued (a possible spurious
            // event), which the contract allows.
            throw new IllegalStateException("channel was closed while notify(" + tokenIndex
                + ") ran; the token may or may not be received before CLOSED");
        }
        return true;
    }

    @Override
    public int capacity() {
        return channel.capacity();
    }

    /**
     * Describes the sender.
     *
     * @return the channel it notifies
     */
    @Override
    public String toString() {
        return "Sender[" + channel + "]";
    }
}
