package io.nexus.notify.value;

import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.spi.Checks;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.function.BinaryOperator;

/**
 * The latest value of each token, paired with a {@link Notifier}: producers {@link #publish}
 * (store, then notify) or {@link #merge} (fold into the unread value, then notify); the
 * consumer polls the notifier's queue, or receives from its channel, and {@link #take}s the
 * value of each token delivered.
 *
 * <pre>{@code
 * LatestValues<Quote> quotes = LatestValues.over(queue.notifier(), 1024);
 * quotes.publish(7, new Quote(10125, 10150));          // any producer thread
 *
 * int n = queue.poller().poll(events);                  // the consumer
 * quotes.takeEach(events, (item, quote) -> show(item, quote));
 * }</pre>
 *
 * <p><b>Contract.</b> A value published before the notify that delivered its token is visible
 * to the consumer's {@code take} after that poll (or a later poll delivers the token again):
 * the queue's happens-before contract. {@code take} returns the latest value and clears the
 * slot, so a spurious event (a token delivered after its value was already taken) reads
 * {@code null}. Values are never lost: a publish or merge that lands after a take leaves its
 * value in the slot and its notify queues the token again. {@code merge} loses no
 * contribution under any number of concurrent producers.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>One reference per token in an {@code Object[]}. {@code publish} stores with release, so
 * that a consumer that reads the reference (with acquire, or the volatile {@code getAndSet} of
 * {@code take}) also sees the value's contents, whether or not the notify has happened yet.
 * {@code take} is a {@code getAndSet(null)}: a get followed by a separate clear could erase a
 * value published in between. {@code merge} is a compare-and-set loop; it calls the merger
 * before it changes anything, so a merger that throws leaves the slot as it was.
 *
 * @param <V> the value type; values are never {@code null}
 */
public final class LatestValues<V> {

    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    private final Notifier notifier;
    private final Object[] slots;

    private LatestValues(Notifier notifier, int capacity) {
        this.notifier = notifier;
        this.slots = new Object[capacity];
    }

    /**
     * Creates empty slots for tokens {@code [0, capacity)} over a notifier: a queue's notifier,
     * or a channel's sender so that the consumer can block until values change.
     *
     * @param notifier the notifier that delivers the tokens
     * @param capacity the number of tokens, in {@code [1, notifier.capacity()]}
     * @param <V>      the value type
     * @return the slots, all empty
     * @throws NullPointerException     if {@code notifier} is null
     * @throws IllegalArgumentException if {@code capacity} is out of range
     */
    public static <V> LatestValues<V> over(Notifier notifier, int capacity) {
        return new LatestValues<>(notifier, Slots.checkCapacity(notifier, capacity));
    }

    /**
     * Returns the number of tokens.
     *
     * @return the capacity; valid tokens are {@code [0, capacity)}
     */
    public int capacity() {
        return slots.length;
    }

    /**
     * Stores {@code value} as the token's latest, replacing any unread one, then notifies the
     * token. Any thread. Allocates nothing.
     *
     * @param token the token index, in {@code [0, capacity)}
     * @param value the new value
     * @return what the notify returned: {@code true} if the token became pending,
     *     {@code false} if it already was (conflated)
     * @throws IndexOutOfBoundsException if {@code token} is out of range; nothing changed
     * @throws NullPointerException      if {@code value} is null; nothing changed
     * @throws IllegalStateException     if the notifier is a closed channel's sender; the value
     *     is stored, but the notify may not be delivered
     */
    public boolean publish(int token, V value) {
        checkToken(token);
        Objects.requireNonNull(value, "value");
        // Release: the value's contents are visible to whoever reads this reference.
        SLOT.setRelease(slots, token, value);
        return notifier.notify(token);
    }

    /**
     * Folds {@code value} into the token's unread value ({@code merger.apply(unread, value)}),
     * or stores it if there is none, then notifies the token. Any thread; no contribution is
     * lost under contention (volumes add up).
     *
     * @param token  the token index, in {@code [0, capacity)}
     * @param value  the contribution
     * @param merger combines the unread value (first) with the contribution (second); may be
     *     called more than once under contention, so it must have no side effects
     * @return what the notify returned
     * @throws IndexOutOfBoundsException if {@code token} is out of range; nothing changed
     * @throws NullPointerException      if {@code value} or {@code merger} is null, or the
     *     merger returns null; nothing changed
     * @throws IllegalStateException     if the notifier is a closed channel's sender; the value
     *     is merged, but the notify may not be delivered
     */
    @SuppressWarnings("unchecked")
    public boolean merge(int token, V value, BinaryOperator<V> merger) {
        checkToken(token);
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(merger, "merger");
        while (true) {
            final Object unread = SLOT.getAcquire(slots, token);
            final V merged = unread == null ? value : merger.apply((V) unread, value);
            Objects.requireNonNull(merged, "merger returned null");
            // Volatile CAS: publishes the merged value's contents like publish's release, and
            // fails if a take or another producer changed the slot since the read.
            if (SLOT.compareAndSet(slots, token, unread, merged)) {
                return notifier.notify(token);
            }
        }
    }

    /**
     * Returns the token's latest unread value and clears it. The consumer thread, after a
     * poll or receive delivered the token.
     *
     * @param token the token index, in {@code [0, capacity)}
     * @return the latest value, or {@code null} if it was already taken (a spurious event)
     * @throws IndexOutOfBoundsException if {@code token} is out of range
     */
    @SuppressWarnings("unchecked")
    public V take(int token) {
        checkToken(token);
        return (V) SLOT.getAndSet(slots, token, null);
    }

    /**
     * Returns the token's latest unread value without clearing it.
     *
     * @param token the token index, in {@code [0, capacity)}
     * @return the latest unread value, or {@code null} if none
     * @throws IndexOutOfBoundsException if {@code token} is out of range
     */
    @SuppressWarnings("unchecked")
    public V peek(int token) {
        checkToken(token);
        return (V) SLOT.getAcquire(slots, token);
    }

    /**
     * Takes the value of every token in a batch, in delivery order, and hands each one that is
     * not {@code null} to {@code action}. The consumer thread. Allocates nothing and boxes no
     * token.
     *
     * <p>If {@code action} throws, or the batch holds a token out of range, the exception
     * leaves this method unchanged, and nothing is lost: the value whose action threw counts
     * as handed over, and each later token of the batch whose value is still in its slot is
     * notified again (at the back of the queue), so a later poll delivers it. If that notify
     * fails (a closed channel's sender), its exception is added to the first one as suppressed
     * and the values stay in their slots for {@link #take}.
     *
     * @param events a batch a poll or receive just filled
     * @param action what to do with each token and its value
     * @return the number of values handed to {@code action}
     * @throws NullPointerException      if {@code events} or {@code action} is null
     * @throws IndexOutOfBoundsException if the batch holds a token outside
     *     {@code [0, capacity)}; the tokens before it have been taken and handed over, the
     *     valid ones after it are notified again
     */
    public int takeEach(Events events, TokenValueConsumer<? super V> action) {
        Objects.requireNonNull(action, "action");
        final int n = events.size();
        int handed = 0;
        int i = 0;
        try {
            for (; i < n; i++) {
                final int token = events.index(i);
                final V value = take(token);
                if (value != null) {
                    action.accept(token, value);
                    handed++;
                }
            }
        } catch (Throwable failure) {
            renotify(events, i + 1, n, failure);
            throw failure;
        }
        return handed;
    }

    /**
     * Notifies again each token in {@code events[from, to)} that still has a value, so that
     * values a failed {@link #takeEach} did not hand over are delivered by a later poll.
     */
    private void renotify(Events events, int from, int to, Throwable failure) {
        for (int i = from; i < to; i++) {
            final int token = events.index(i);
            if (token >= 0 && token < slots.length && SLOT.getAcquire(slots, token) != null) {
                try {
                    notifier.notify(token);
                } catch (RuntimeException e) {
                    failure.addSuppressed(e);
                    return;
                }
            }
        }
    }

    private void checkToken(int token) {
        if (token < 0 || token >= slots.length) {
            throw Checks.tokenOutOfRange(token, slots.length);
        }
    }
}
