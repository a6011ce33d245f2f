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

/** Runs the demo's logic for one second with small settings on every available backend. */
class DemoRunTest {

    static List<String> backends() {
        return EventQueue.availableBackends();
    }

    @ParameterizedTest
    @MethodSource("backends")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void finalViewEqualsTheLastTickPublishedForEveryInstrument(String backend)
            throws InterruptedException {
        final DemoOptions options = new DemoOptions(3, 64, 20_000, 1, backend, false);
        final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        final DemoResult result;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            result = DemoRun.run(options, out);
        }
        assertEquals(List.of(), result.failures(), "no feed or consumer thread may fail");
        assertTrue(result.check().passed(), () -> result.summary() + "\n"
            + printed.toString(StandardCharsets.UTF_8));
    }
}
