package io.nexus.notify.channel;

import io.nexus.notify.Notifier;
import io.nexus.notify.Token;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * The {@link Sender} of an {@link EventChannel}: the queue's notify, then a wake-up check
 * that costs a fence and a load, and a system call only when the receiver is parked.
 */
final class ChannelSender implements Sender {

    private final EventChannel channel;
    private final Notifier notifier;

    ChannelSender(EventChannel channel, Notifier notifier) {
        this.channel = channel;
        this.notifier = notifier;
    }

    @Override
    public boolean notify(Token token) {
        return notify(Objects.requireNonNull(token, "token").index());
    }

    @Override
    public boolean notify(int tokenIndex) {
        if (channel.isClosedAcquire()) {
            throw new IllegalStateException("channel is closed: notify(" + tokenIndex
                + ") rejected; tokens already pending can still be received");
        }
        // The queue checks the index (IndexOutOfBoundsException, nothing changed) and decides
        // conflation. A conflated notify needs no wake-up check: the notify that made the
        // token pending did it, and the token is still queued.
        if (!notifier.notify(tokenIndex)) {
            return false;
        }
        // StoreLoad (lost wake-up): the push that made the token visible to the receiver must
        // be ordered before the read of parked. A backend's offer ends in a release store,
        // which does not stop the later load from being satisfied first; without this fence
        // the sender could read "not parked" while the receiver, having published parked and
        // re-checked an empty-looking queue, goes to sleep with the token queued.
        VarHandle.fullFence();
        channel.wakeParked();
        return true;
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
