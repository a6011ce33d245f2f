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

    /** {@return the peers' names, JDK first} */
    public static List<String> peers() {
        return List.of(JDK_PEER, JCTOOLS_PEER);
    }

    /**
     * {@return whether a subject is a peer, not a backend of this library}
     *
     * @param name a subject's name
     */
    public static boolean isPeer(String name) {
        return peers().contains(name);
    }

    /**
     * {@return an empty queue of a backend, a peer or {@value #LOCAL}}
     *
     * @param name     the subject's name
     * @param capacity the number of tokens
     * @throws IllegalArgumentException for another name or a capacity out of range
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
