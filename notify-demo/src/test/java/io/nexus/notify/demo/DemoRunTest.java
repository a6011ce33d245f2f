package io.nexus.notify.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the demo's logic for one second with small settings on every available backend, and
 * across processes over IPC and UDP on loopback.
 */
class DemoRunTest {

    static List<String> backends() {
        return EventQueue.availableBackends();
    }

    @ParameterizedTest
    @MethodSource("backends")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void finalViewEqualsTheLastTickPublishedForEveryInstrument(String backend)
            throws InterruptedException {
        final DemoOptions options = new DemoOptions(3, 64, 20_000, 1, backend, null, false);
        final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        final DemoResult result;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            result = DemoRun.run(options, out);
        }
        assertEquals(List.of(), result.failures(), "no feed or consumer thread may fail");
        assertTrue(result.check().passed(), () -> result.summary() + "\n"
            + printed.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ipc", "udp"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void acrossProcessesTheFinalViewEqualsTheLastTickPublished(String across)
            throws Exception {
        final DemoOptions options = new DemoOptions(2, 64, 20_000, 1, null, across, false);
        final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        final DemoResult result;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            result = AcrossRun.run(options, out);
        }
        final String report = printed.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(), result.failures(), report);
        assertTrue(result.check().passed(), () -> result.summary() + "\n" + report);
        assertTrue(report.contains("[1/1 s] updates/s"), report);
    }
}
