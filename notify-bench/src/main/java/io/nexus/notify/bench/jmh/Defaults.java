package io.nexus.notify.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every benchmark inherits (JMH reads class annotations through superclasses):
 * ns per operation on average; one fork with a fixed 256 MB heap and the export the
 * {@code agrona} backend needs, for JMH run on its own ({@code ./bench} gives the forks the
 * heap and every option the installed providers declare instead); 2 warm-up and 5
 * measurement iterations of 100 ms. A benchmark that needs more says so itself; JMH's command
 * line overrides any of it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m",
    "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 100, timeUnit = TimeUnit.MILLISECONDS)
public abstract class Defaults {

    /** For the benchmarks. */
    protected Defaults() {
    }
}
