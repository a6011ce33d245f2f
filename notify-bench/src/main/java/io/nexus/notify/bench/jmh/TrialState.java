package io.nexus.notify.bench.jmh;

import java.util.ArrayDeque;
import java.util.Deque;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A state that owns what its setup started or opened (echo threads, channels, selectors, an
 * Aeron driver): the setup hands each to {@link #own}, and one teardown closes them all when
 * the trial ends, the last owned first.
 */
@State(Scope.Benchmark)
public abstract class TrialState extends Defaults {

    private final Deque<AutoCloseable> owned = new ArrayDeque<>();

    /**
     * Threads that spin for the whole trial, competing for the CPUs with the benchmark's own
     * ({@code -p busy=2}: the round trips on a machine kept busy); 0 by default.
     */
    @Param({"0"})
    public int busy;

    /** For the states. */
    protected TrialState() {
    }

    /** Starts the {@link #busy} threads, before the state's own setup. */
    @Setup(Level.Trial)
    public void startBusyThreads() {
        for (int i = 0; i < busy; i++) {
            own(new Echo("busy-" + i, () -> { }, () -> { }));
        }
    }

    /** Takes {@code resource} to close when the trial ends, and returns it. */
    final <T extends AutoCloseable> T own(T resource) {
        owned.push(resource);
        return resource;
    }

    /**
     * Closes what the setup owned, the last first: an echo thread, owned after what it waits
     * on, stops before that closes.
     *
     * @throws Exception if one cannot be closed, which fails the trial
     */
    @TearDown(Level.Trial)
    public void close() throws Exception {
        while (!owned.isEmpty()) {
            owned.pop().close();
        }
    }
}
