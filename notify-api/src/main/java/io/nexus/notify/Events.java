package io.nexus.notify;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntConsumer;

/**
 * A reusable buffer of token indices filled by {@link Poller#poll(Events)}.
 *
 * <p>Keep one per consumer and pass it to every poll: it is cleared at the start of each poll
 * and grows only when a poll returns more tokens than it has ever held, so steady-state
 * polling allocates nothing. {@link #index(int)} and {@link #forEach(IntConsumer)} never
 * allocate; {@link #token(int)} and iteration create {@link Token} objects.
 *
 * <p>Not thread-safe: owned by the consuming thread.
 */
public final class Events implements Iterable<Token> {

    private static final int[] EMPTY = new int[0];

    private int[] indices;
    private int size;

    private Events(int capacity) {
        this.indices = capacity == 0 ? EMPTY : new int[capacity];
    }

    /**
     * Creates an empty buffer with room for {@code capacity} tokens before it grows.
     *
     * @param capacity the initial room, a hint; {@code 0} is allowed
     * @return a new, empty buffer
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
     * Tells whether the buffer holds no token.
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
     * Returns how many tokens fit before the buffer must grow.
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
        checkPosition(i);
        return indices[i];
    }

    /**
     * Returns the {@code i}-th token, in delivery order.
     *
     * @param i the position, in {@code [0, size())}
     * @return a token for the index at that position
     * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
     */
    public Token token(int i) {
        return new Token(index(i));
    }

    /**
     * Applies {@code action} to each token index in delivery order. Allocates nothing.
     *
     * <p>Because {@code Events} is also an {@code Iterable<Token>}, a lambda passed here needs a
     * typed parameter, {@code events.forEach((int i) -> ...)}; or call
     * {@link #forEachIndex(IntConsumer)}, which takes any lambda.
     *
     * @param action the action
     * @throws NullPointerException if {@code action} is null
     */
    public void forEach(IntConsumer action) {
        forEachIndex(action);
    }

    /**
     * Applies {@code action} to each token index in delivery order. Allocates nothing.
     *
     * @param action the action
     * @throws NullPointerException if {@code action} is null
     */
    public void forEachIndex(IntConsumer action) {
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
     * Appends a token index. For {@link Poller} implementations; users normally only read.
     * Grows the buffer (doubling) when it is full.
     *
     * @param tokenIndex the index to append, {@code >= 0}
     * @throws IllegalArgumentException if {@code tokenIndex} is negative
     */
    public void add(int tokenIndex) {
        if (tokenIndex < 0) {
            throw new IllegalArgumentException("token index must be >= 0, was " + tokenIndex);
        }
        int[] a = indices;
        final int n = size;
        if (n == a.length) {
            a = grow(n + 1);
        }
        a[n] = tokenIndex;
        size = n + 1;
    }

    /**
     * Makes sure {@code additional} more indices fit without growing again.
     *
     * @param additional how many more indices will be appended
     * @throws IllegalArgumentException if {@code additional} is negative
     */
    public void reserve(int additional) {
        if (additional < 0) {
            throw new IllegalArgumentException("additional must be >= 0, was " + additional);
        }
        final long needed = (long) size + additional;
        if (needed > indices.length) {
            grow((int) Math.min(needed, Integer.MAX_VALUE - 8));
        }
    }

    private int[] grow(int minCapacity) {
        final int doubled = Math.max(16, indices.length << 1);
        final int newCapacity = doubled < 0 ? minCapacity : Math.max(doubled, minCapacity);
        indices = Arrays.copyOf(indices, newCapacity);
        return indices;
    }

    private void checkPosition(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("position " + i + " is out of range [0, " + size + ")");
        }
    }

    /**
     * Iterates the tokens in delivery order. Allocates a {@link Token} per element; use
     * {@link #forEach(IntConsumer)} or {@link #index(int)} on hot paths.
     *
     * @return an iterator over this buffer's tokens
     */
    @Override
    public Iterator<Token> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Token next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return new Token(indices[next++]);
            }
        };
    }

    /**
     * Describes the buffer, listing its indices.
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
}
