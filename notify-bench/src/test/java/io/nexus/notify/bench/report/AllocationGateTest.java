package io.nexus.notify.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.bench.peer.Subjects;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The allocation gate on real JMH runs, forked with the GC profiler as {@code ./bench} runs
 * them: the new-notify-then-poll benchmark over the built-in backend passes, and the same
 * benchmark over a backend whose notify allocates one small array fails, with its row named.
 */
class AllocationGateTest {

    @Test
    void passesTheBuiltinBackendAndFailsAnAllocatingNotify() throws Exception {
        final Options options = new OptionsBuilder()
            .include("^io\\.nexus\\.notify\\.bench\\.jmh\\.NotifyBench\\.newThenPoll$")
            .param("backend", "builtin", AllocatingProvider.NAME)
            .forks(1)
            .warmupIterations(2)
            .warmupTime(TimeValue.milliseconds(300))
            .measurementIterations(3)
            .measurementTime(TimeValue.milliseconds(300))
            .addProfiler(GCProfiler.class)
            .verbosity(VerboseMode.SILENT)
            .shouldFailOnError(true)
            .build();
        final List<Measurement> results = new ArrayList<>();
        for (RunResult r : new Runner(options).run()) {
            results.add(Measurement.of(r));
        }

        final List<String> bad = AllocationCheck.violations(results, Subjects::isPeer);

        assertEquals(2, results.size(), "one result per backend");
        assertEquals(1, bad.size(), bad.toString());
        assertTrue(bad.get(0).contains("backend=" + AllocatingProvider.NAME), bad.get(0));
    }
}
