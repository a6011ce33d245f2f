package io.nexus.notify.jcstress;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.channels.Selector;

/**
 * A selector waker with the lost wake-up left in on purpose, for
 * {@link BrokenSelectorLostWakeupTest}. Never use it for anything else.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>It follows {@code SelectorWaker}'s protocol over a real queue, with one flaw: the loop
 * announces that it is about to block with a release store and no
 * {@link VarHandle#fullFence()} before its emptiness check. (The real waker uses a volatile
 * store and a fence; a volatile store alone would hide the flaw on x86, where HotSpot follows
 * it with a locked instruction.) A release store does not order a store before a later load:
 * on x86 the announcement can sit in the loop's store buffer while it reads the queue's
 * producer counter. So the loop can find the queue empty while the notifier, whose claim is
 * already visible, reads "not blocking": nobody calls {@code wakeup()} and the loop blocks
 * with the token queued. The notifier side is the real one.
 *
 * <p>To make the race visible without timing, the waker records what each side saw: whether
 * the loop's first emptiness check found the queue empty, and whether the notifier read the
 * announcement. The loop never withdraws its announcement (only the notifier's
 * compare-and-set takes it), so a notifier that read "not blocking" read before the
 * announcement was visible; with the fence its claim would then be visible to the loop's
 * check. Both missing each other is the store&rarr;load reordering itself.
 */
final class BrokenSelectorWaker {

    /** {@code boolean blocking}: release store by the loop (the flaw), volatile load and CAS. */
    private static final VarHandle BLOCKING;

    static {
        try {
            BLOCKING = MethodHandles.lookup()
                .findVarHandle(BrokenSelectorWaker.class, "blocking", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Notifier notifier;
    private final Poller poller;
    private final Selector selector;

    /** Accessed through {@link #BLOCKING} only. */
    @SuppressWarnings("unused")
    private boolean blocking;

    /** 1 if the loop's first check found the queue empty, 0 if not, -1 before it; loop only. */
    private int firstCheckEmpty = -1;

    /** Whether the notifier read the announcement; notifier only. */
    private boolean notifierSawAnnouncement;

    /**
     * Pairs a queue with a selector.
     *
     * @param queue    the queue
     * @param selector the selector the loop selects on
     */
    BrokenSelectorWaker(EventQueue queue, Selector selector) {
        this.notifier = queue.notifier();
        this.poller = queue.poller();
        this.selector = selector;
    }

    /**
     * Returns the queue's poller.
     *
     * @return the poller
     */
    Poller poller() {
        return poller;
    }

    /**
     * Notifies, and wakes the loop if the token is new and the loop announced blocking.
     *
     * @param token the token
     * @return what the queue's notify returned
     */
    boolean notify(int token) {
        if (!notifier.notify(token)) {
            return false;
        }
        notifierSawAnnouncement = (boolean) BLOCKING.getVolatile(this);
        if (notifierSawAnnouncement && BLOCKING.compareAndSet(this, true, false)) {
            selector.wakeup();
        }
        return true;
    }

    /**
     * Announces, checks the queue and blocks: without the fence, and without withdrawing.
     *
     * @param timeoutMillis the timeout, {@code > 0}
     * @throws IOException if the selector fails
     */
    void select(long timeoutMillis) throws IOException {
        BLOCKING.setRelease(this, true);
        // Missing here: the full fence between the store above and the loads of isEmpty().
        final boolean empty = poller.isEmpty();
        if (firstCheckEmpty < 0) {
            firstCheckEmpty = empty ? 1 : 0;
        }
        if (empty) {
            selector.select(timeoutMillis);
        } else {
            selector.selectNow();
        }
    }

    /**
     * Tells whether the two sides missed each other: the loop's first check found the queue
     * empty and the notifier did not read the announcement. Call after both actors.
     *
     * @return 1 if they missed each other, 0 if not, -1 if the loop never checked (its first
     *     poll found the token)
     */
    int missedEachOther() {
        if (firstCheckEmpty < 0) {
            return -1;
        }
        return firstCheckEmpty == 1 && !notifierSawAnnouncement ? 1 : 0;
    }
}
