package io.nexus.notify;

import io.nexus.notify.internal.EventsAccess;
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
 * <p>Users read a batch; only backends append to one, through
 * {@link io.nexus.notify.spi.EventsAppender}. Not thread-safe: owned by the consuming thread.
 */
public final class Events {

    private static final int[] EMPTY = new int[0];

    static {
        EventsAccess.install(new Storage());
    }

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
     * Makes room for {@code count} more indices; see {@link io.nexus.notify.spi.EventsAppender}.
     * A failed allocation leaves the batch as it was.
     */
    int[] reserve(int count) {
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

    /** Counts {@code count} indices written into reserved room. */
    void commit(int count) {
        final int n = size + count;
        if (count < 0 || n > indices.length || n < 0) {
            throw new IllegalArgumentException("cannot commit " + count + " indices to a batch"
                + " of size " + size + " and capacity " + indices.length);
        }
        size = n;
    }

    /** The accessor {@link EventsAccess} hands to {@link io.nexus.notify.spi.EventsAppender}. */
    private static final class Storage implements EventsAccess.Storage {

        @Override
        public int[] reserve(Events events, int count) {
            return events.reserve(count);
        }

        @Override
        public void commit(Events events, int count) {
            events.commit(count);
        }
    }
}
