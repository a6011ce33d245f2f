package io.nexus.notify.channel;

import io.nexus.notify.Notifier;

/**
 * The {@link Sender} of an {@link EventChannel}: the queue's notify, then a load of
 * {@code closed} and, unless the channel's strategy never parks, a load of {@code parked}, and
 * a system call only when the receiver is parked. No fence.
 */
final class ChannelSender implements Sender {

    private final EventChannel channel;
    private final Notifier notifier;

    /** Whether the receiver may park, so that a new token must look for it. */
    private final boolean wakes;

    ChannelSender(EventChannel channel, Notifier notifier, boolean wakes) {
        this.channel = channel;
        this.notifier = notifier;
        this.wakes = wakes;
    }

    @Override
    public boolean notify(int token) {
        if (channel.isClosedAcquire()) {
            throw new IllegalStateException("channel is closed: notify(" + token
                + ") rejected; tokens already pending can still be received");
        }
        // The queue checks the index (IndexOutOfBoundsException, nothing changed) and decides
        // conflation. A conflated notify needs no further step: the notify that made the
        // token pending does the wake-up and the close check below for it.
        if (!notifier.notify(token)) {
            return false;
        }
        // No fence here, although each of the two loads below is the second half of a
        // store-then-load handshake (trap 2 and trap 4 in docs/memory-ordering.md). The
        // queue's notify claimed the token's place with a sequentially consistent
        // read-modify-write (the Notifier contract), and that claim is what the receiver's
        // strict isEmpty() reads after its own full fence. A volatile load that follows a
        // sequentially consistent write in program order cannot be satisfied before it, so
        // either this load sees the receiver's store (closed, parked) or the receiver sees the
        // claim. The loads must be volatile, not acquire: an acquire load may pass the claim
        // (ldapr on ARM). On x86 they are plain loads.
        final boolean closedMeanwhile = channel.isClosedVolatile();
        if (wakes) {
            channel.wakeParked();
        }
        if (closedMeanwhile) {
            // close() won the race: the receiver may already have returned CLOSED, so this
            // notify cannot promise delivery. Its token stays queued (a possible spurious
            // event), which the contract allows.
            throw new IllegalStateException("channel was closed while notify(" + token
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
