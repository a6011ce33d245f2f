package io.nexus.notify.bench.peer;

import io.nexus.notify.EventQueue;
import java.util.List;

/**
 * Names and builds what a benchmark measures, from its {@code backend} parameter: a backend
 * available in this JVM, a peer, or {@value #LOCAL}, the single-thread queue
 * ({@link EventQueue#createLocal(int)}), which only benchmarks that notify and poll on one
 * thread take. Each peer name also names a latest-value peer written with the same tools.
 */
public final class Subjects {

    /** The name of the JDK peer, {@link JdkPeerQueue}. */
    public static final String JDK_PEER = "peer-jdk";
    /** The name of the hand-rolled JCTools peer, {@link JctoolsPeerQueue}. */
    public static final String JCTOOLS_PEER = "peer-jctools";
    /** The name of the single-thread queue. */
    public static final String LOCAL = "local";

    private Subjects() {
    }

    /**
     * Lists the peer names.
     *
     * @return the peers, JDK first
     */
    public static List<String> peers() {
        return List.of(JDK_PEER, JCTOOLS_PEER);
    }

    /**
     * Tells whether a subject is a peer rather than a backend of this library.
     *
     * @param name a subject name
     * @return {@code true} for a peer
     */
    public static boolean isPeer(String name) {
        return peers().contains(name);
    }

    /**
     * Builds an empty queue.
     *
     * @param name     a backend name, a peer name or {@value #LOCAL}
     * @param capacity the number of tokens
     * @return the queue
     * @throws IllegalArgumentException if the name is none of these, or the capacity is out
     *     of range
     */
    public static EventQueue create(String name, int capacity) {
        return switch (name) {
            case LOCAL -> EventQueue.createLocal(capacity);
            case JDK_PEER -> new JdkPeerQueue(capacity);
            case JCTOOLS_PEER -> new JctoolsPeerQueue(capacity);
            default -> EventQueue.create(capacity, name);
        };
    }

    /**
     * Builds latest values keyed by token: the library's {@code LatestValues} over a backend's
     * queue, or the value peer of a peer's name ({@link JdkValuePeer}, {@link JctoolsValuePeer}).
     *
     * @param name     a backend name or a peer name
     * @param capacity the number of tokens
     * @param <V>      the value type
     * @return latest values, all empty
     * @throws IllegalArgumentException if the name is neither a backend nor a peer
     */
    public static <V> LatestValueStore<V> latestValues(String name, int capacity) {
        return switch (name) {
            case JDK_PEER -> new JdkValuePeer<>(capacity);
            case JCTOOLS_PEER -> new JctoolsValuePeer<>(capacity);
            default -> new LibraryLatestValues<>(EventQueue.create(capacity, name));
        };
    }

    /**
     * Checks a capacity as the library's backends do, with their message.
     *
     * @throws IllegalArgumentException if it is not in {@code [1, EventQueue.MAX_CAPACITY]}
     */
    static int checkCapacity(int capacity) {
        if (capacity < 1 || capacity > EventQueue.MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be in [1, " + EventQueue.MAX_CAPACITY
                + "], was " + capacity);
        }
        return capacity;
    }

    /**
     * Checks a token as the library's backends do, with their message.
     *
     * @throws IndexOutOfBoundsException if it is not in {@code [0, capacity)}
     */
    static int checkToken(int token, int capacity) {
        if (Integer.compareUnsigned(token, capacity) >= 0) {
            throw new IndexOutOfBoundsException("token index " + token
                + " is out of range [0, " + capacity + ")");
        }
        return token;
    }

    /**
     * Checks a poll limit as the library's backends do, with their message.
     *
     * @throws IllegalArgumentException if it is negative
     */
    static void checkLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
    }

    /** Preallocated boxes of tokens {@code [0, capacity)}, so no notify allocates one. */
    static Integer[] boxes(int capacity) {
        final Integer[] boxes = new Integer[checkCapacity(capacity)];
        for (int i = 0; i < capacity; i++) {
            boxes[i] = i;
        }
        return boxes;
    }
}
