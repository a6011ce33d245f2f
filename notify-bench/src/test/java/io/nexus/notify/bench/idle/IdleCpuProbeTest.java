package io.nexus.notify.bench.idle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdleCpuProbeTest {

    /** One strategy's line: name, share of a core, CPU and wall time. */
    private static final Pattern LINE = Pattern.compile(
        "  (default|backoff|park-loop|busy-spin) +\\d+\\.\\d{2} % of a core"
            + "  \\(\\d+\\.\\d{3} ms CPU in \\d+\\.\\d ms\\)");

    /**
     * A clock that moves only when the probe sleeps, and a thread CPU time that grows by a
     * fixed share of the wall time slept.
     */
    private static final class FakeTiming implements Timing {
        private final long cpuPerMillionWallNanos;
        private long now;

        FakeTiming(long cpuPerMillionWallNanos) {
            this.cpuPerMillionWallNanos = cpuPerMillionWallNanos;
        }

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(Duration duration) {
            now += duration.toNanos();
        }

        @Override
        public long threadCpuNanos(Thread thread) {
            return now / 1_000_000 * cpuPerMillionWallNanos;
        }
    }

    private static String run(IdleCpuProbe probe) throws InterruptedException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            probe.run(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reportsTheCpuShareOverTheWindowOnlyForEachStrategy() throws InterruptedException {
        // 2,500 ns of CPU per ms of wall time: 0.25 % of a core, during the settle time too,
        // which must not be counted.
        final IdleCpuProbe probe = new IdleCpuProbe(new FakeTiming(2_500), Duration.ofMillis(100),
            Duration.ofSeconds(1));

        final String[] lines = run(probe).split("\n");

        assertEquals(6, lines.length);
        assertTrue(lines[0].startsWith("Idle CPU of a receiver blocked in recv on an empty channel,"
            + " over 1000 ms of wall time starting 100 ms after it began to wait"), lines[0]);
        assertTrue(lines[1].startsWith("  backoff = WaitStrategy.backoff(64, 4, 1000, 1000000);"
            + " park-loop = a bare thread calling LockSupport.parkNanos(1000000)"), lines[1]);
        assertEquals("  default      0.25 % of a core  (2.500 ms CPU in 1000.0 ms)", lines[2]);
        assertEquals("  backoff      0.25 % of a core  (2.500 ms CPU in 1000.0 ms)", lines[3]);
        assertEquals("  park-loop    0.25 % of a core  (2.500 ms CPU in 1000.0 ms)", lines[4]);
        assertEquals("  busy-spin    0.25 % of a core  (2.500 ms CPU in 1000.0 ms)", lines[5]);
    }

    @Test
    void aShortRealRunPrintsOneWellFormedLinePerStrategy() throws InterruptedException {
        final IdleCpuProbe probe = new IdleCpuProbe(Timing.system(), Duration.ofMillis(10),
            Duration.ofMillis(50));

        final String[] lines = run(probe).split("\n");

        // The strategies and the park loop.
        assertEquals(2 + IdleCpuProbe.strategies().size() + 1, lines.length);
        for (int i = 2; i < lines.length; i++) {
            assertTrue(LINE.matcher(lines[i]).matches(), lines[i]);
        }
    }

    @Test
    void measureReturnsTheSampleOfTheNamedStrategy() throws InterruptedException {
        final IdleCpuProbe probe = new IdleCpuProbe(new FakeTiming(1_000_000), Duration.ZERO,
            Duration.ofMillis(20));

        final IdleCpuProbe.Sample s = probe.measure("default",
            IdleCpuProbe.strategies().get("default"));

        assertEquals("default", s.strategy());
        assertEquals(20_000_000, s.wallNanos());
        assertEquals(20_000_000, s.cpuNanos());
        assertEquals(100.0, s.percentOfCore());
    }

    @Test
    void measureParkLoopReturnsTheSampleOfTheFloor() throws InterruptedException {
        final IdleCpuProbe probe = new IdleCpuProbe(new FakeTiming(30_000), Duration.ZERO,
            Duration.ofMillis(10));

        final IdleCpuProbe.Sample s = probe.measureParkLoop(1_000_000);

        assertEquals(IdleCpuProbe.PARK_LOOP, s.strategy());
        assertEquals(300_000, s.cpuNanos());
        assertEquals(10_000_000, s.wallNanos());
    }

    @Test
    void measureParkLoopRejectsANonPositivePark() {
        final IdleCpuProbe probe = new IdleCpuProbe(new FakeTiming(0), Duration.ZERO,
            Duration.ofMillis(1));

        assertTrue(assertThrows(IllegalArgumentException.class, () -> probe.measureParkLoop(0))
            .getMessage().contains("parkNanos"));
    }

    @Test
    void badSettingsAreRejected() {
        final Timing t = new FakeTiming(0);
        final Duration second = Duration.ofSeconds(1);

        assertThrows(NullPointerException.class, () -> new IdleCpuProbe(null, second, second));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> new IdleCpuProbe(t, Duration.ofMillis(-1), second)).getMessage()
            .contains("settle"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> new IdleCpuProbe(t, second, Duration.ZERO)).getMessage().contains("window"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> new IdleCpuProbe(t, second, Duration.ofMillis(-5))).getMessage()
            .contains("window"));
    }

    @Test
    void measureRejectsAMissingStrategy() {
        final IdleCpuProbe probe = new IdleCpuProbe(new FakeTiming(0), Duration.ZERO,
            Duration.ofMillis(1));

        assertThrows(NullPointerException.class, () -> probe.measure("none", null));
        assertThrows(NullPointerException.class,
            () -> probe.measure(null, IdleCpuProbe.strategies().get("default")));
    }

    @Test
    void aSampleRejectsNegativeCpuAndNonPositiveWallTime() {
        assertThrows(IllegalArgumentException.class, () -> new IdleCpuProbe.Sample("x", -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new IdleCpuProbe.Sample("x", 0, 0));
    }

    @Test
    void strategiesAreDefaultBackoffAndBusySpinInReportOrder() {
        assertEquals(List.of("default", "backoff", "busy-spin"),
            List.copyOf(IdleCpuProbe.strategies().keySet()));
    }
}
