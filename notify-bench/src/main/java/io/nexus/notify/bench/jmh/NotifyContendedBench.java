package io.nexus.notify.bench.jmh;

import io.nexus.notify.Notifier;
import io.nexus.notify.bench.peer.Subjects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Two producer threads hammering one token that stays pending: every notify conflates. The
 * figure is the time per notify per thread; compare it with
 * {@link FloorSwapBench#swapContended()}, the same load on a swap-only flag.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NotifyContendedBench {

    private static final int TOKEN = 1;

    /** The subject: a backend name or a peer name. */
    @Param("builtin")
    public String backend;

    private Notifier notifier;

    /** Builds the queue and makes the token pending for good. */
    @Setup
    public void setUp() {
        notifier = Subjects.create(backend, 64).notifier();
        notifier.notify(TOKEN);
    }

    /**
     * Notifies the pending token from each of two threads.
     *
     * @return {@code false}, consumed so the call is not eliminated
     */
    @Benchmark
    @Threads(2)
    public boolean conflated() {
        return notifier.notify(TOKEN);
    }
}
