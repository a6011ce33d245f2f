package io.nexus.notify.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The idle probe measures every strategy and the park loop, and prints a line for each. */
class IdleCpuProbeTest {

    @Test
    void measuresEachStrategyAndTheParkLoopOverTheWindow() throws InterruptedException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        final List<IdleCpuProbe.Sample> samples = IdleCpuProbe.run(
            new PrintStream(bytes, true, StandardCharsets.UTF_8), 10, 50);

        assertEquals(List.of("default", "backoff", "busy-spin", "park-loop"),
            samples.stream().map(IdleCpuProbe.Sample::name).toList());
        final String out = bytes.toString(StandardCharsets.UTF_8);
        for (IdleCpuProbe.Sample s : samples) {
            assertTrue(s.cpuNanos() >= 0, s.toString());
            assertTrue(s.wallNanos() >= 50_000_000L, "the whole window: " + s);
            assertTrue(out.contains("  " + s.name() + " "), out);
        }
        assertTrue(out.contains("% of a core"), out);
    }
}
