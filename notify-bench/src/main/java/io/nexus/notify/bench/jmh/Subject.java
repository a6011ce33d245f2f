package io.nexus.notify.bench.jmh;

import io.nexus.notify.CountingEventQueue;
import io.nexus.notify.EventQueue;
import io.nexus.notify.bench.peer.Subjects;
import io.nexus.notify.channel.WaitStrategy;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A queue benchmark's state: the subject it measures, the {@code backend} parameter, by
 * default every backend of this library and both peers.
 */
@State(Scope.Thread)
public abstract class Subject extends TrialState {

    /** The subject: a backend name or a peer name ({@link Subjects}). */
    @Param({"builtin", "jctools", "agrona", Subjects.JDK_PEER, Subjects.JCTOOLS_PEER})
    public String backend;

    /** For the benchmarks. */
    protected Subject() {
    }

    /** An empty queue of the subject. */
    EventQueue queue(int capacity) {
        return Subjects.create(backend, capacity);
    }

    /** An empty queue of the subject, bare ({@code off}) or in a counting queue ({@code on}). */
    EventQueue queue(int capacity, String counting) {
        return switch (counting) {
            case "off" -> queue(capacity);
            case "on" -> CountingEventQueue.over(queue(capacity));
            default -> throw new IllegalArgumentException("counting must be off or on, was "
                + counting);
        };
    }

    /**
     * A channel wait strategy by name: {@code park}, {@code default}, {@code busy-spin}, or
     * {@code spin-yield}, the default's phases counted in tries as they were before they were
     * bounded by time (128 spins, 8 yields), for comparison.
     */
    static WaitStrategy strategy(String name) {
        return switch (name) {
            case "park" -> WaitStrategy.parkImmediately();
            case "default" -> WaitStrategy.defaultStrategy();
            case "busy-spin" -> WaitStrategy.busySpin();
            case "spin-yield" -> WaitStrategy.spinYieldPark(128, 8);
            default -> throw new IllegalArgumentException("unknown wait strategy '" + name
                + "'; known: park, default, busy-spin, spin-yield");
        };
    }
}
