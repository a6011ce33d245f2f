package io.nexus.notify.channel;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.channels.Selector;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * Delivers a queue's tokens to an event loop that waits in {@link Selector#select()}: producers
 * notify through {@link #notifier()}, which calls {@link Selector#wakeup()} only when the loop
 * has announced that it is about to block, and the loop selects through {@link #select()} or
 * {@link #select(long)} instead of the selector's own methods, then polls {@link #poller()}.
 *
 * <p>The loop: {@code waker.select()} (or {@code select(timeout)}), handle the selected keys,
 * then {@code waker.poller().poll(events, budget)} and handle the tokens; the README's section
 * "Waking a Selector" writes it out with a server socket.
 *
 * <p><b>Promises.</b> A select never sleeps through a notify that made a token newly pending:
 * a select that is blocked (or about to block) when such a notify returns is woken, and a
 * select that starts while a token is pending, or while a notify is in flight (the strict
 * {@link Poller#isEmpty()}), does not block at all: it returns {@link Selector#selectNow()}.
 * A notify calls {@code wakeup()} only if its token became newly pending (never when it
 * conflated) and it finds the loop's announcement that it is about to block still standing;
 * the first such notify takes the announcement, so there is at most one {@code wakeup()} per
 * select, whatever the number of producers. A {@code wakeup()} that arrives after the select
 * it was meant for has returned makes the next select return at once: a spurious return,
 * which a loop handles by going round again.
 *
 * <p><b>Threads.</b> {@link #notifier()} is thread-safe. {@link #select()},
 * {@link #select(long)} and {@link #poller()} belong to the loop thread alone, the one thread
 * that selects on the selector and polls the queue (a different thread later is fine given a
 * happens-before edge); with assertions enabled ({@code -ea}), two threads selecting at once
 * fail with {@link AssertionError}. Notify only through {@link #notifier()}: a notify made
 * directly on the queue queues its token but wakes nobody, so a blocked loop learns of it only
 * at its next return. Other threads may still call {@code selector.wakeup()} themselves; the
 * loop sees such a call as a return with nothing new.
 *
 * <h2>Implementation notes</h2>
 *
 * <p><b>State.</b> One flag, {@code blocking}: set by the loop just before it may block,
 * cleared by the loop when its select returns, and taken (set to {@code false}) by the one
 * notifier that wins a compare-and-set and then calls {@code wakeup()}. The count of those
 * calls is a {@link LongAdder}, touched only by winners.
 *
 * <p><b>Notify</b>, in this order:
 * <ol>
 *   <li>The queue's notify. If it conflated, return {@code false} at once: the token is
 *       either still queued, and then the notify that queued it did the check below for it
 *       and the loop does not block while it is queued, or being taken by a poll, which runs
 *       on the loop thread, so the loop is not blocked and handles the token next.</li>
 *   <li>Read {@code blocking} with a <em>volatile</em> load. No fence is needed before it:
 *       every backend's notify claims its place in the FIFO with a sequentially consistent
 *       read-modify-write ({@code getAndAdd} or {@code compareAndSet}; the {@link Notifier}
 *       contract), which is what makes {@code poller.isEmpty()} false, and a volatile read
 *       that follows it in program order follows it in the synchronization order too: it
 *       cannot be satisfied before the claim is visible. An acquire or opaque read would not
 *       do: on ARM an acquire load ({@code ldapr}) may be satisfied before an earlier
 *       release store is visible, while a volatile load ({@code ldar}) may not; on x86 a
 *       volatile load is a plain load, the claim's locked instruction being a full
 *       barrier.</li>
 *   <li>If it read {@code true}, compare-and-set it from {@code true} to {@code false}; only
 *       the winner counts and calls {@code wakeup()}. Several notifies that find the loop
 *       blocked therefore cost one system call. A loser leaves the wake-up to the winner, or
 *       finds that the loop itself cleared the flag, which it does only once its select has
 *       returned.</li>
 * </ol>
 *
 * <p><b>Select</b>, in this order:
 * <ol>
 *   <li>Store {@code blocking = true} (volatile), then {@link VarHandle#fullFence()}. The fence
 *       is the StoreLoad barrier that orders the announcement before the emptiness check that
 *       follows, whose loads are not volatile in every backend; the Java memory model orders a
 *       volatile store only before later volatile loads, so the store alone would not do. The
 *       pair is Dekker's: the loop stores the flag then loads the queue, a notifier stores the
 *       queue (its claim) then loads the flag, and each side has a full barrier between its
 *       store and its load (the loop's fence; the notifier's sequentially consistent claim
 *       followed by a volatile load). So at least one side sees the other: either the loop's
 *       check sees the claim, or the notifier's read sees {@code true}.</li>
 *   <li>If {@code !poller.isEmpty()}, clear the flag and return {@code selector.selectNow()}:
 *       something is pending, so the loop must not block. The check must be the strict
 *       emptiness, which counts a place claimed but not yet written: the notifier's write
 *       of its slot is a release store, which its later load of the flag may pass, so the
 *       loop can see the claim before the write; a check that looked only for written tokens
 *       (a poll) could then find nothing although the notifier has already read
 *       {@code false}. With a notify in flight the loop goes round without blocking (each
 *       select returns {@code selectNow()}) until the token can be polled: the progress
 *       contract's price, paid for as long as the notifier is descheduled between its claim
 *       and its write.</li>
 *   <li>Otherwise block in {@code selector.select(timeout)}. A notifier that saw the flag
 *       calls {@code wakeup()}; the selector's contract makes that call effective whether it
 *       comes before the select begins (the select returns at once) or while it blocks (it
 *       returns), so no wake-up is lost in the gap between the check and the system call.</li>
 *   <li>When the select returns (or throws), clear the flag with a <em>release</em> store.
 *       Release orders everything the select did before the store, so a notifier can read
 *       {@code false} from this select only once it has returned: it never skips a wake-up the
 *       select still needed. Nothing stronger is needed: no later load of the loop must wait
 *       for this store (the next select's check is ordered by its own fence after its own
 *       announcement, and both stores are to the same variable, so coherence keeps them in
 *       order), and a notifier that still reads the old {@code true} wins the
 *       compare-and-set and calls {@code wakeup()} late: the next select returns at once, a
 *       spurious return. A notifier's compare-and-set that loses to this store is harmless:
 *       the loop has returned and polls next.</li>
 * </ol>
 *
 * <p><b>Why no wake-up is lost.</b> Suppose a select blocks until its timeout although a
 * notify that made a token newly pending returned well before. The select blocked, so its
 * check after the fence saw the queue strictly empty: it did not see the notify's claim. By
 * the Dekker argument the notify's volatile read then saw this select's {@code true} or a
 * later value of the flag. A later value is {@code false} written either by another notifier
 * that won this select's {@code true} (and called {@code wakeup()}, which ends this select) or
 * by the loop after this select returned; {@code true} leads to a compare-and-set that either
 * wins (and wakes) or loses to one of those two writes. Every case ends this select or
 * happens after it ended: contradiction.
 *
 * <p><b>Cost.</b> A notify that conflates costs nothing beyond the queue's. A new one adds a
 * volatile load (a plain load on x86) and, only when the loop is about to block, a
 * compare-and-set and the system call. The loop pays a volatile store, a fence and a release
 * store per select: nothing next to the system call it is about to make.
 */
public final class SelectorWaker {

    /** {@code boolean blocking}: see the class notes for each access mode. */
    private static final VarHandle BLOCKING;

    /** {@code Thread selecting}: the thread inside a select; used by assertions only. */
    private static final VarHandle SELECTING;

    static {
        try {
            final MethodHandles.Lookup lookup = MethodHandles.lookup();
            BLOCKING = lookup.findVarHandle(SelectorWaker.class, "blocking", boolean.class);
            SELECTING = lookup.findVarHandle(SelectorWaker.class, "selecting", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final EventQueue queue;
    private final Selector selector;
    private final Poller poller;
    private final Notifier notifier;
    private final LongAdder wakeups = new LongAdder();
    private final LongAdder blocks = new LongAdder();

    /** Accessed through {@link #BLOCKING} only. */
    @SuppressWarnings("unused")
    private boolean blocking;

    /** Accessed through {@link #SELECTING} only, and only when assertions are enabled. */
    @SuppressWarnings("unused")
    private Thread selecting;

    private SelectorWaker(EventQueue queue, Selector selector) {
        this.queue = queue;
        this.selector = selector;
        this.poller = queue.poller();
        this.notifier = new WakingNotifier(this, queue.notifier());
    }

    /**
     * Pairs a queue with the selector its loop thread waits on.
     *
     * @param queue    the queue; notify it only through {@link #notifier()} from now on
     * @param selector the selector the loop thread selects on
     * @return a waker with the loop not blocking
     * @throws NullPointerException     if {@code queue} or {@code selector} is null
     * @throws IllegalArgumentException if {@code queue} is a single-threaded queue from
     *     {@link EventQueue#createLocal(int)}, which cannot take notifies from other threads
     */
    public static SelectorWaker over(EventQueue queue, Selector selector) {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(selector, "selector");
        if (queue.isSingleThreaded()) {
            throw new IllegalArgumentException("a single-threaded queue (backend \""
                + queue.backend() + "\") cannot take notifies from other threads; use"
                + " EventQueue.create for a queue that wakes a selector");
        }
        return new SelectorWaker(queue, selector);
    }

    /**
     * Returns the producer side: the queue's notify, then a {@code wakeup()} of the selector if
     * the token became pending and the loop has announced that it is about to block.
     * Thread-safe; the same instance on every call.
     *
     * @return the notifier, with the queue's capacity
     */
    public Notifier notifier() {
        return notifier;
    }

    /**
     * Returns the queue's poller, for the loop thread. Polling never blocks; wait through
     * {@link #select()} or {@link #select(long)}.
     *
     * @return the queue's poller
     */
    public Poller poller() {
        return poller;
    }

    /**
     * Selects like {@link Selector#select()}, also returning when a token becomes pending. If
     * a token is already pending (or a notify is in flight) it does not block: it returns
     * {@link Selector#selectNow()}. Loop thread only.
     *
     * @return the number of keys whose ready-operation sets were updated, possibly zero (a
     *     token is pending, or the selector was woken for another reason)
     * @throws IOException if the selector's select throws it
     * @throws java.nio.channels.ClosedSelectorException if the selector is closed
     */
    public int select() throws IOException {
        return announceAndSelect(0L);
    }

    /**
     * Selects like {@link Selector#select(long)}, also returning when a token becomes pending.
     * If a token is already pending (or a notify is in flight) it does not block: it returns
     * {@link Selector#selectNow()}. Loop thread only.
     *
     * @param timeoutMillis the most milliseconds to block, or {@code 0} to block until a key,
     *     a token or a wake-up arrives
     * @return the number of keys whose ready-operation sets were updated, possibly zero (a
     *     token is pending, the timeout passed, or the selector was woken for another reason)
     * @throws IllegalArgumentException if {@code timeoutMillis} is negative; nothing changed
     * @throws IOException if the selector's select throws it
     * @throws java.nio.channels.ClosedSelectorException if the selector is closed
     */
    public int select(long timeoutMillis) throws IOException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout must be >= 0 ms (0 blocks until woken),"
                + " was " + timeoutMillis);
        }
        return announceAndSelect(timeoutMillis);
    }

    /**
     * Returns what this waker has counted: the selects that blocked, and the times a notify
     * through {@link #notifier()} called {@link Selector#wakeup()} (at most one per blocking
     * select; counted just before the call). For tests and monitoring.
     *
     * @return a snapshot of the counters
     */
    public SelectorWakerCounters counters() {
        return new SelectorWakerCounters(blocks.sum(), wakeups.sum());
    }

    /**
     * Describes the waker.
     *
     * @return the queue's backend and capacity, and the wake-ups so far
     */
    @Override
    public String toString() {
        return "SelectorWaker[backend=" + queue.backend() + ", capacity=" + queue.capacity()
            + ", " + counters() + "]";
    }

    /**
     * Whether the loop has announced that it is about to block and no notifier has taken the
     * announcement yet; for tests that must act while the loop is blocked.
     *
     * @return the flag
     */
    boolean isBlocking() {
        return (boolean) BLOCKING.getVolatile(this);
    }

    /**
     * The notifier's step after a notify that made a token newly pending: wake the loop if it
     * has announced that it is about to block. See the class notes.
     */
    void wakeIfBlocking() {
        // Volatile, not acquire: it must not be satisfied before the queue's claim (a
        // sequentially consistent read-modify-write, earlier in program order) is visible.
        if ((boolean) BLOCKING.getVolatile(this)
                && BLOCKING.compareAndSet(this, true, false)) {
            wakeups.increment();
            selector.wakeup();
        }
    }

    /** Announce, fence, check, block, withdraw: see the class notes. */
    private int announceAndSelect(long timeoutMillis) throws IOException {
        assert enterSelect();
        try {
            BLOCKING.setVolatile(this, true);
            // StoreLoad: the announcement before the emptiness check (Dekker with the
            // notifier's claim, then its volatile read of the flag).
            VarHandle.fullFence();
            if (!poller.isEmpty()) {
                // Strict: a claimed but unwritten place counts, so a notify that read the flag
                // before this store is never stranded. Nothing to wait for: do not block.
                BLOCKING.setRelease(this, false);
                return selector.selectNow();
            }
            blocks.increment();
            try {
                return selector.select(timeoutMillis);
            } finally {
                // Release: a notifier reads false only after this select has finished.
                BLOCKING.setRelease(this, false);
            }
        } finally {
            assert exitSelect();
        }
    }

    private boolean enterSelect() {
        final Thread self = Thread.currentThread();
        final Thread other = (Thread) SELECTING.compareAndExchange(this, null, self);
        if (other != null) {
            throw new AssertionError("thread '" + other.getName() + "' is already selecting"
                + " through this waker; only the loop thread may select");
        }
        return true;
    }

    private boolean exitSelect() {
        SELECTING.setRelease(this, null);
        return true;
    }
}
