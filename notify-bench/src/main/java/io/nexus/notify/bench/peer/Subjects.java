package io.nexus.notify.bench.peer;

import io.nexus.notify.EventQueue;
import java.util.List;

/**
 * Names and builds the queues a benchmark compares: any backend available in this JVM, or a
 * peer. Benchmarks take the name as their {@code backend} parameter. Each peer name also
 * names a latest-value peer written with the same tools ({@link #latestValues}). The name
 * {@value #LOCAL} builds the single-thread queue, {@link EventQueue#createLocal(int)}, which is
 * neither a backend nor a peer: only benchmarks that notify and poll on one thread take it.
 */
public final class Subjects {

    /** The name of the JDK peer, {@link JdkPeerQueue}. */
    public static final String JDK_PEER = "peer-jdk";

    /** The name of the hand-rolled JCTools peer, {@link JctoolsPeerQueue}. */
    public static final String JCTOOLS_PEER = "peer-jctools";

    /** The name of the single-thread queue, {@link EventQueue#createLocal(int)}. */
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
     * Tells whether a subject name is a peer rather than a backend of this library.
     *
     * @param name a subject name
     * @return {@code true} for a peer
     */
    public static boolean isPeer(String name) {
        return peers().contains(name);
    }

    /**
     * Builds a queue.
     *
     * @param name     a backend name, a peer name, or {@value #LOCAL} for a queue that one
     *                 thread notifies and polls
     * @param capacity the number of tokens
     * @return a new, empty queue
     * @throws IllegalArgumentException if the name is neither an available backend, a peer
     *     nor {@value #LOCAL}
     */
    public static EventQueue create(String name, int capacity) {
        switch (name) {
            case LOCAL:
                return EventQueue.createLocal(capacity);
            case JDK_PEER:
                return new JdkPeerQueue(capacity);
            case JCTOOLS_PEER:
                return new JctoolsPeerQueue(capacity);
            default:
                return EventQueue.create(capacity, name);
        }
    }

    /**
     * Builds latest values keyed by token: the library's {@code LatestValues} over a backend's
     * queue, or the value peer of the same name ({@link JdkValuePeer} for {@value #JDK_PEER},
     * {@link JctoolsValuePeer} for {@value #JCTOOLS_PEER}).
     *
     * @param name     a backend name or a peer name
     * @param capacity the number of tokens
     * @param <V>      the value type
     * @return new latest values, all empty
     * @throws IllegalArgumentException if the name is neither an available backend nor a peer
     */
    public static <V> LatestValueStore<V> latestValues(String name, int capacity) {
        switch (name) {
            case JDK_PEER:
                return new JdkValuePeer<>(capacity);
            case JCTOOLS_PEER:
                return new JctoolsValuePeer<>(capacity);
            default:
                return new LibraryLatestValues<>(EventQueue.create(capacity, name));
        }
    }
}
