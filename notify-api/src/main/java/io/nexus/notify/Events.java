package io.nexus.notify;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A reusable batch of token indices filled by {@link Poller#poll(Events, int)}.
 *
 * <p>Keep one per consumer and pass it to every poll: a poll clears it, then appends the tokens
 * it takes. It grows only when a poll needs more room than it has ever had (and never beyond
 * what is queued at that moment), so steady-state polling allocates nothing. Read a batch with
 * {@link #index(int)} or {@link #forEach(IntConsumer)}; neither allocates.
 *
 * <pre>{@code
 * int n = poller.poll(events, 64);
 * for (int i = 0; i < n; i++) {
 *     handle(events.index(i));
 * }
 * events.forEach(item -> handle(item));   // the same, as a lambda
 * }</pre>
 *
 * <p>Users read a batch. A backend's poller appends to one with {@link #reserve(int)} and
 * {@link #commit(int)} (or {@link #append(int)}), the one write path into a batch; user code
 * has no reason to call them. A poll that takes tokens out of its queue makes room
 * <em>before</em> it takes anything, so that an {@link OutOfMemoryError} while the batch grows
 * leaves every token still pending:
 *
 * <pre>{@code
 * events.clear();
 * int max = Math.min(limit, queuedNow());   // never grow for more than is queued
 * int[] into = events.reserve(max);         // may throw; nothing taken yet
 * int n = takeInto(into, events.size(), max);   // must not throw
 * events.commit(n);
 * }</pre>
 *
 * <p>Not thread-safe: owned by the consuming thread.
 */
public final class Events {

    private static final int[] EMPTY = new int[0];

    private int[] indices;
    private int size;

    private Events(int capacity) {
        this.indices = capacity == 0 ? EMPTY : new int[capacity];
    }

    /**
     * Creates an empty batch with room for {@code capacity} tokens before it grows.
     *
     * @param capacity the initial room, a hint; {@code 0} is allowed
     * @return a new, empty batch
     * @throws IllegalArgumentException if {@code capacity} is negative
     */
    public static Events withCapacity(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("events capacity must be >= 0, was " + capacity);
        }
        return new Events(capacity);
    }

    /**
     * Returns the number of tokens held.
     *
     * @return the number of tokens the last poll returned
     */
    public int size() {
        return size;
    }

    /**
     * Tells whether the batch holds no token.
     *
     * @return {@code true} if {@link #size()} is zero
     */
    public boolean isEmpty() {
        return size == 0;
    }

    /** Removes every token; keeps the room already allocated. */
    public void clear() {
        size = 0;
    }

    /**
     * Returns how many tokens fit before the batch must grow.
     *
     * @return the current room
     */
    public int capacity() {
        return indices.length;
    }

    /**
     * Returns the index of the {@code i}-th token, in delivery order. Never allocates.
     *
     * @param i the position, in {@code [0, size())}
     * @return the token index at that position
     * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
     */
    public int index(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("position " + i + " is out of range [0, "
                + size + ")");
        }
        return indices[i];
    }

    /**
     * Applies {@code action} to each token index in delivery order. Never allocates.
     *
     * @param action the action
     * @throws NullPointerException if {@code action} is null
     */
    public void forEach(IntConsumer action) {
        if (action == null) {
            throw new NullPointerException("action");
        }
        final int[] a = indices;
        final int n = size;
        for (int i = 0; i < n; i++) {
            action.accept(a[i]);
        }
    }

    /**
     * Returns a copy of the token indices in delivery order.
     *
     * @return a new array of length {@link #size()}
     */
    public int[] toArray() {
        return Arrays.copyOf(indices, size);
    }

    /**
     * Describes the batch, listing its indices.
     *
     * @return for example {@code Events[3, 1, 4]}
     */
    @Override
    public String toString() {
        final StringBuilder sb = new StringBuilder("Events[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(indices[i]);
        }
        return sb.append(']').toString();
    }

    /**
     * For backends: makes room for {@code count} more indices and returns the batch's backing
     * array. Write them at positions {@code [size(), size() + count)}, then
     * {@link #commit(int)} how many were written. The array is valid until the next
     * {@code reserve} or {@code append}. A failed allocation leaves the batch as it was.
     *
     * @param count how many indices may be written, {@code >= 0}
     * @return the backing array, with room for {@code count} more indices
     * @throws IllegalArgumentException if {@code count} is negative or too large for an array
     */
    public int[] reserve(int count) {
        final int[] a = indices;
        // One unsigned compare: a negative count reads as huge and goes to grow(), which
        // rejects it.
        if (Integer.compareUnsigned(count, a.length - size) <= 0) {
            return a;
        }
        return grow(count);
    }

    private int[] grow(int count) {
        final long needed = (long) size + count;
        if (count < 0 || needed > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("cannot make room for " + count
                + " more indices in a batch of " + size);
        }
        final long doubled = Math.max(16L, (long) indices.length << 1);
        final int newCapacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(doubled, needed));
        // Allocate before publishing: an OutOfMemoryError here leaves the batch unchanged.
        final int[] grown = Arrays.copyOf(indices, newCapacity);
        indices = grown;
        return grown;
    }

    /**
     * For backends: counts {@code count} indices written into room made by
     * {@link #reserve(int)}.
     *
     * @param count how many were written, {@code >= 0}
     * @throws IllegalArgumentException if {@code count} is negative or exceeds the room
     */
    public void commit(int count) {
        final int n = size + count;
        if (count < 0 || n > indices.length || n < 0) {
            throw new IllegalArgumentException("cannot commit " + count + " indices to a batch"
                + " of size " + size + " and capacity " + indices.length);
        }
        size = n;
    }

    /**
     * For backends: appends one token, growing the batch if needed.
     *
     * @param token the token to append, {@code >= 0}
     * @throws IllegalArgumentException if {@code token} is negative
     */
    public void append(int token) {
        if (token < 0) {
            throw new IllegalArgumentException("token must be >= 0, was " + token);
        }
        final int[] into = reserve(1);
        into[size] = token;
        commit(1);
    }
}
