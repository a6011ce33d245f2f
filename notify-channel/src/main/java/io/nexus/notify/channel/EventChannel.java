package io.nexus.notify.channel;

import io.nexus.notify.EventQueue;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * An {@link EventQueue} with wake-ups: any number of threads notify tokens through its
 * {@link #sender()}, one thread waits for them through its {@link #receiver()}.
 *
 * <pre>{@code
 * try (EventChannel channel = EventChannel.create(1024)) {
 *     Sender sender = channel.sender();          // share with producer threads
 *     Thread producer = new Thread(() -> {
 *         prices.set(7, 10150);                  // write the latest value for item 7,
 *         sender.notify(7);                      // then notify
 *         channel.close();                       // the receiver drains, then sees CLOSED
 *     });
 *     producer.start();
 *
 *     Receiver receiver = channel.receiver();    // the one consumer thread
 *     Events events = Events.withCapacity(1024);
 *     while (receiver.recv(events) != Receiver.CLOSED) {
 *         events.forEach(item -> handle(item, prices.get(item)));
 *     }
 *     producer.join();
 * }
 * }</pre>
 *
 * <p>{@link #close()} wakes a waiting receiver and makes later notifies throw
 * {@link IllegalStateException}; every notify that returned {@code true} is still received,
 * after which every receive returns {@link Receiver#CLOSED}. See {@link Receiver} for timeouts,
 * interrupts and the single-consumer rule, and {@link WaitStrategy} for how the receiver waits.
 *
 * <h2>Implementation notes</h2>
 *
 * <p><b>State.</b> Besides the queue the channel holds two fields: {@code closed}, set once by
 * {@link #close()}, and {@code parked}, the receiver's thread while it is in its park phase
 * (published before its last check of the queue) and {@code null} otherwise. A waker takes the
 * thread out of {@code parked} with a compare-and-set before unparking it, so of several
 * senders that find the receiver parked only one pays for the unpark.
 *
 * <p><b>Lost wake-up (trap 2 in docs/memory-ordering.md).</b> The receiver writes
 * {@code parked} and then reads the queue; a sender writes the queue and then reads
 * {@code parked}. That is Dekker's pattern: with release/acquire alone both loads may be
 * satisfied before the other side's store is visible (store&rarr;load reordering, which x86
 * does through its store buffer), so the sender sees no parked receiver and the receiver sees
 * an empty queue and parks with a token queued, possibly forever. The receiver therefore
 * publishes with a volatile store and issues a {@link VarHandle#fullFence()} before its
 * re-check. The sender needs no fence of its own: every queue's notify claims its place with
 * a sequentially consistent read-modify-write (the {@link io.nexus.notify.Notifier} contract),
 * and the sender reads {@code parked} with a volatile load after it. So either the sender sees
 * the receiver parked, or the receiver's re-check sees the claim. It may see the claim but not
 * yet the token (the sender has not finished writing its slot, and may have read
 * {@code parked} before the receiver published it), so a receiver whose poll found nothing
 * parks only if the queue is strictly empty ({@link io.nexus.notify.Poller#isEmpty()}); with a
 * notify in flight it yields and tries again. Only a sender whose notify made a token newly
 * pending takes part: a conflated notify found the token queued, and the notify that queued it
 * did the check. A strategy that never parks ({@link WaitStrategy#parks()}) spares senders the
 * load of {@code parked} altogether.
 *
 * <p><b>Lost close.</b> {@code close()} against a parking receiver is the same pattern on
 * {@code closed} instead of the queue, guarded by a full fence on each side (the receiver's
 * re-check reads {@code closed} and then the queue after its fence).
 *
 * <p><b>Close that strands nothing (trap 4 in docs/memory-ordering.md; docs/close.md).</b> A
 * sender pushes, then re-reads {@code closed} with a volatile load: if the channel closed
 * meanwhile, its notify throws instead of returning {@code true}. The receiver, once it has
 * read {@code closed == true} and polled nothing, fences and asks the queue whether it is
 * strictly empty (a slot claimed by a notify still in flight counts). Only then does it return
 * {@link Receiver#CLOSED}, and it remembers that it did, so {@code CLOSED} is final. Either the
 * sender's re-read sees {@code closed}, or the receiver's emptiness check sees the sender's
 * claim: a notify that returned {@code true} is never left behind {@code CLOSED}. A notify
 * still in flight makes the receiver wait for it, not return {@code CLOSED} early.
 *
 * <p><b>Stale unparks.</b> A waker may read {@code parked} just before the receiver withdraws,
 * and unpark a thread that has already returned. That leaves a permit, which makes some later
 * {@link LockSupport#park} return early; every park loop here (and in
 * {@code java.util.concurrent}) re-checks its condition, so the cost is one extra loop.
 */
public final class EventChannel implements AutoCloseable {

    /** {@code boolean closed}: written once with release, then a full fence; read with acquire. */
    private static final VarHandle CLOSED;

    /** {@code Thread parked}: published with a volatile store, taken with compare-and-set. */
    private static final VarHandle PARKED;

    /** {@code long wakeups}: bumped atomically by the waker that won {@code parked}. */
    private static final VarHandle WAKEUPS;

    static {
        try {
            final MethodHandles.Lookup lookup = MethodHandles.lookup();
            CLOSED = lookup.findVarHandle(EventChannel.class, "closed", boolean.class);
            PARKED = lookup.findVarHandle(EventChannel.class, "parked", Thread.class);
            WAKEUPS = lookup.findVarHandle(EventChannel.class, "wakeups", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final EventQueue queue;
    private final WaitStrategy strategy;
    private final Sender sender;
    private final ChannelReceiver receiver;

    /** Accessed through {@link #CLOSED} only. */
    @SuppressWarnings("unused")
    private boolean closed;

    /** Accessed through {@link #PARKED} only. */
    @SuppressWarnings("unused")
    private Thread parked;

    /** Accessed through {@link #WAKEUPS} only. */
    @SuppressWarnings("unused")
    private long wakeups;

    private EventChannel(EventQueue queue, WaitStrategy strategy) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        if (queue.isSingleThreaded()) {
            throw new IllegalArgumentException("a queue from EventQueue.createLocal belongs to"
                + " one thread; a channel needs a thread-safe backend");
        }
        this.sender = new ChannelSender(this, queue.notifier(), strategy.parks());
        this.receiver = new ChannelReceiver(this, queue.poller(), strategy);
    }

    /**
     * Creates a channel over a new queue on the default backend, with the default wait
     * strategy.
     *
     * @param capacity the number of distinct tokens, in {@code [1, EventQueue.MAX_CAPACITY]}
     * @return a new open channel with nothing pending
     * @throws IllegalArgumentException if {@code capacity} is out of range
     * @throws IllegalStateException    if no backend is on the class path
     */
    public static EventChannel create(int capacity) {
        return over(EventQueue.create(capacity));
    }

    /**
     * Creates a channel over a new queue on the named backend, with the default wait strategy.
     *
     * @param capacity the number of distinct tokens, in {@code [1, EventQueue.MAX_CAPACITY]}
     * @param backend  a name from {@link EventQueue#availableBackends()}, or {@code null} for
     *     the default
     * @return a new open channel with nothing pending
     * @throws IllegalArgumentException if {@code capacity} is out of range or {@code backend} is
     *     unknown or unavailable
     * @throws IllegalStateException    if no backend is on the class path
     */
    public static EventChannel create(int capacity, String backend) {
        return over(EventQueue.create(capacity, backend));
    }

    /**
     * Creates a channel over a new queue on the named backend, waiting with {@code strategy}.
     *
     * @param capacity the number of distinct tokens, in {@code [1, EventQueue.MAX_CAPACITY]}
     * @param backend  a name from {@link EventQueue#availableBackends()}, or {@code null} for
     *     the default
     * @param strategy how the receiver waits
     * @return a new open channel with nothing pending
     * @throws NullPointerException     if {@code strategy} is null
     * @throws IllegalArgumentException if {@code capacity} is out of range or {@code backend} is
     *     unknown or unavailable
     * @throws IllegalStateException    if no backend is on the class path
     */
    public static EventChannel create(int capacity, String backend, WaitStrategy strategy) {
        Objects.requireNonNull(strategy, "strategy");
        return over(EventQueue.create(capacity, backend), strategy);
    }

    /**
     * Creates a channel over an existing queue, with the default wait strategy.
     *
     * <p>From now on notify only through the channel's {@link #sender()} and drain only through
     * its {@link #receiver()}: a notify made through the queue's own notifier does not wake a
     * waiting receiver.
     *
     * @param queue the queue, of any backend
     * @return a new open channel over {@code queue}
     * @throws NullPointerException     if {@code queue} is null
     * @throws IllegalArgumentException if {@code queue} is a single-thread queue from
     *     {@link EventQueue#createLocal(int)}
     */
    public static EventChannel over(EventQueue queue) {
        return over(queue, WaitStrategy.defaultStrategy());
    }

    /**
     * Creates a channel over an existing queue, waiting with {@code strategy}. The queue must
     * be used through the channel only, as for {@link #over(EventQueue)}.
     *
     * @param queue    the queue, of any backend
     * @param strategy how the receiver waits
     * @return a new open channel over {@code queue}
     * @throws NullPointerException     if {@code queue} or {@code strategy} is null
     * @throws IllegalArgumentException if {@code queue} is a single-thread queue from
     *     {@link EventQueue#createLocal(int)}
     */
    public static EventChannel over(EventQueue queue, WaitStrategy strategy) {
        return new EventChannel(queue, strategy);
    }

    /**
     * Returns the producing side. Thread-safe; the same instance on every call.
     *
     * @return the sender
     */
    public Sender sender() {
        return sender;
    }

    /**
     * Returns the consuming side. Use from one thread at a time; the same instance on every
     * call.
     *
     * @return the receiver
     */
    public Receiver receiver() {
        return receiver;
    }

    /**
     * Returns the number of distinct tokens this channel accepts.
     *
     * @return the capacity; valid token indices are {@code [0, capacity)}
     */
    public int capacity() {
        return queue.capacity();
    }

    /**
     * Returns the name of the backend of the underlying queue.
     *
     * @return the backend name
     */
    public String backend() {
        return queue.backend();
    }

    /**
     * Returns how the receiver waits.
     *
     * @return the wait strategy
     */
    public WaitStrategy waitStrategy() {
        return strategy;
    }

    /**
     * Returns how often the receiver parked and was unparked. Callable from any thread; always
     * counted (see {@link ChannelCounters}).
     *
     * @return a snapshot of the channel's counters
     */
    public ChannelCounters counters() {
        return new ChannelCounters(receiver.parks(),
            (long) WAKEUPS.getOpaque(this));
    }

    /**
     * Closes the channel: later notifies throw {@link IllegalStateException}, a receiver that
     * is waiting wakes at once, tokens already pending stay receivable, and once they are
     * drained every receive returns {@link Receiver#CLOSED}. Idempotent and thread-safe; never
     * blocks.
     *
     * <p>A notify running concurrently with {@code close()} either returns {@code true}, and
     * its token is received before {@link Receiver#CLOSED}, or throws
     * {@link IllegalStateException}.
     */
    @Override
    public void close() {
        // Release: whatever the closing thread wrote before close() is visible to a receiver
        // that acquires closed == true and returns CLOSED.
        CLOSED.setRelease(this, true);
        // StoreLoad (lost close): closed must be visible before parked is read, or a receiver
        // that published parked and then read closed == false would park and never be woken.
        VarHandle.fullFence();
        wakeParked();
    }

    /**
     * Tells whether {@link #close()} has been called.
     *
     * @return {@code true} once the channel is closed
     */
    public boolean isClosed() {
        return isClosedAcquire();
    }

    /**
     * Describes the channel.
     *
     * @return the backend, capacity, wait strategy and whether it is closed
     */
    @Override
    public String toString() {
        return "EventChannel[backend=" + queue.backend() + ", capacity=" + queue.capacity()
            + ", " + strategy + ", closed=" + isClosedAcquire() + "]";
    }

    /** Emits a {@link ReceiverWakeupEvent} if a recording wants it. */
    private void recordWakeup() {
        final ReceiverWakeupEvent event = new ReceiverWakeupEvent();
        if (event.shouldCommit()) {
            event.backend = queue.backend();
            event.capacity = queue.capacity();
            event.commit();
        }
    }

    /**
     * Reads {@code closed} with acquire, so that a reader that sees {@code true} also sees the
     * writes made before {@link #close()}.
     *
     * @return {@code true} once the channel is closed
     */
    boolean isClosedAcquire() {
        return (boolean) CLOSED.getAcquire(this);
    }

    /**
     * Reads {@code closed} with a volatile load, for a sender that has just claimed a place in
     * the queue with a sequentially consistent write: the load cannot pass that write.
     *
     * @return {@code true} once the channel is closed
     */
    boolean isClosedVolatile() {
        return (boolean) CLOSED.getVolatile(this);
    }

    /**
     * Publishes {@code receiver} as parked. Only the thread that owns the receiver calls this,
     * so a plain volatile store is enough. The caller must issue a full fence before it
     * re-checks the queue and {@code closed}.
     *
     * @param receiver the calling receiver thread
     */
    void publishParked(Thread receiver) {
        PARKED.setVolatile(this, receiver);
    }

    /**
     * Withdraws {@code receiver} from {@code parked} if a waker has not already taken it.
     *
     * @param receiver the calling receiver thread
     */
    void withdrawParked(Thread receiver) {
        PARKED.compareAndSet(this, receiver, null);
    }

    /**
     * Unparks the parked receiver, if any. The caller's store that the receiver has to see (a
     * queue claim, or {@code closed}) must be sequentially consistent or followed by a full
     * fence.
     */
    void wakeParked() {
        // Volatile read: it cannot pass the caller's sequentially consistent claim, nor the
        // full fence that close() issues (on x86 a plain load).
        final Thread receiverThread = (Thread) PARKED.getVolatile(this);
        // Taking the thread out with a CAS lets only one of several concurrent wakers pay for
        // the unpark system call; the receiver re-publishes before it parks again.
        if (receiverThread != null && PARKED.compareAndSet(this, receiverThread, null)) {
            LockSupport.unpark(receiverThread);
            // Counting only here, after a system call, keeps the count off every other path.
            WAKEUPS.getAndAdd(this, 1L);
            if (JfrEvents.ENABLED) {
                recordWakeup();
            }
        }
    }
}
