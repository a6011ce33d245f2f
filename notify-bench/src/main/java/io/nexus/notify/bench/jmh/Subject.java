package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.bench.peer.Subjects;
import io.nexus.notify.channel.WaitStrategy;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The state of a queue benchmark: the subject it measures, from the {@code backend}
 * parameter. By default every backend of this library and both peers; {@code -p backend=...}
 * on the command line picks others.
 */
@State(Scope.Thread)
public abstract class Subject extends Defaults {

    /** The subject: a backend name or a peer name ({@link Subjects}). */
    @Param({"builtin", "jctools", "agrona", Subjects.JDK_PEER, Subjects.JCTOOLS_PEER})
    public String backend;

    /** For the benchmarks. */
    protected Subject() {
    }

    /**
     * Builds an empty queue of the subject.
     *
     * @param capacity the number of tokens
     * @return the queue
     */
    protected EventQueue queue(int capacity) {
        return Subjects.create(backend, capacity);
    }

    /**
     * Returns a channel wait strategy by the name a {@code strategy} parameter gives.
     *
     * @param name {@code park}, {@code default} or {@code busy-spin}
     * @return the strategy
     * @throws IllegalArgumentException for any other name
     */
    static WaitStrategy strategy(String name) {
        return switch (name) {
            case "park" -> WaitStrategy.parkImmediately();
            case "default" -> WaitStrategy.defaultStrategy();
            case "busy-spin" -> WaitStrategy.busySpin();
            default -> throw new IllegalArgumentException("unknown wait strategy '" + name
                + "'; known: park, default, busy-spin");
        };
    }
}
