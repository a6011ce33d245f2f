package io.nexus.notify.bench.peer;

import io.nexus.notify.EventQueue;
import java.util.List;

/**
 * Builds what a benchmark measures from its {@code backend} parameter: a backend available in
 * this JVM, a peer, or {@value #LOCAL}, the single-thread queue
 * ({@link EventQueue#createLocal(int)}), which only benchmarks on one thread take.
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
}
