package io.nexus.notify.bench.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole report from JSON files: its sections, files, baseline and allocation verdict. */
class ReportTest {

    private static Path write(Path file, Result... results) throws IOException {
        return Files.writeString(file, new GsonBuilder().serializeSpecialFloatingPointValues()
            .create().toJson(List.of(results)));
    }

    private static String render(Path json, Path baseline, boolean[] clean) throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        clean[0] = Report.render(json, new PrintStream(bytes, true, StandardCharsets.UTF_8),
            "a test run", baseline);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsAndWritesTheTableTheBaselineTheRecommendationAndTheVerdict(@TempDir Path dir)
            throws IOException {
        final Path base = write(dir.resolve("base.json"),
            Results.avgt("NotifyBench.pollEmpty", 10, 0.1, 0, 1, "backend", "builtin"),
            Results.avgt("NotifyBench.pollEmpty", 10, 0.1, 0, 1, "backend", "jctools"));
        final Path now = write(dir.resolve("now.json"),
            Results.avgt("NotifyBench.pollEmpty", 12, 0.1, 0, 1, "backend", "builtin"),
            Results.avgt("NotifyBench.pollEmpty", 10.02, 0.1, 0, 1, "backend", "jctools"));
        final boolean[] clean = new boolean[1];

        final String out = render(now, base, clean);

        assertTrue(clean[0]);
        final String md = Files.readString(dir.resolve(Report.MARKDOWN));
        for (String part : List.of("a test run", "| poll, empty", "poll-heavy",
                "Compared with baseline " + base + ": 1 slower, 0 faster", "1.20x slower",
                "1.00x ~", "Recommendation for this machine", "Allocation check passed")) {
            assertTrue(md.contains(part), part + " in\n" + md);
            assertTrue(out.contains(part), part + " printed");
        }
        assertTrue(Files.size(dir.resolve(Report.CHART)) > 0);
    }

    @Test
    void anAllocatingBenchmarkOfOursFailsAForkedRunButNotAnUnforkedOne(@TempDir Path dir)
            throws IOException {
        final boolean[] clean = new boolean[1];
        final String out = render(write(dir.resolve("forked.json"),
            Results.avgt("NotifyBench.newThenPoll", 20, 0.1, 16, 1, "backend", "builtin"),
            Results.avgt("NotifyBench.newThenPoll", 60, 0.1, 48, 1, "backend", "peer-jdk")),
            null, clean);

        assertFalse(clean[0]);
        assertTrue(out.contains("Allocation check FAILED"), out);
        assertTrue(out.contains("NotifyBench.newThenPoll {backend=builtin} allocates 16.00 B/op"),
            out);
        assertFalse(out.contains("peer-jdk} allocates"), "peers may allocate");

        render(write(dir.resolve("smoke.json"),
            Results.avgt("NotifyBench.newThenPoll", 20, 0.1, 16, 0, "backend", "builtin")), null,
            clean);
        assertTrue(clean[0], "unforked (smoke): printed, not binding");
    }

    @Test
    void theHarnessAllowanceIsItsBytesPerIterationOverTheRowsOperations() {
        final Result roundTrip = Results.avgt("RoundTripBench.channel", 10_000, 1, 0.9, 1,
            "backend", "builtin", "strategy", "park");

        // 100 ms of 10 us operations: 10,000 per iteration, so 64 KiB is 6.55 B/op.
        assertTrue(Math.abs(AllocationCheck.harnessAllowance(roundTrip) - 6.5536) < 1e-9);
        assertTrue(AllocationCheck.violations(List.of(roundTrip)).isEmpty());
        assertFalse(AllocationCheck.violations(List.of(Results.avgt("NotifyBench.newThenPoll", 10,
            0.1, 0.9, 1, "backend", "builtin"))).isEmpty(), "10 ns rows get almost nothing");
    }
}
