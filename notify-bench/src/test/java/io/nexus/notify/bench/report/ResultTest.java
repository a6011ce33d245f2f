package io.nexus.notify.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading JMH's JSON, as JMH 1.37 writes it (NaN as a string, percentiles, raw data). */
class ResultTest {

    private static final String JSON = """
        [{"jmhVersion": "1.37", "benchmark": "io.nexus.notify.bench.jmh.NotifyBench.conflated",
          "mode": "avgt", "threads": 1, "forks": 1, "measurementTime": "100 ms",
          "params": {"backend": "builtin", "counting": "off"},
          "primaryMetric": {"score": 3.8, "scoreError": 0.25, "scoreConfidence": [3.55, 4.05],
            "scorePercentiles": {"0.0": 2.0, "50.0": 2.6, "100.0": 9.0}, "scoreUnit": "ns/op",
            "rawData": [[2.0, 3.0, 2.4], [9.0, 2.6]]},
          "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 0.001, "scoreError": "NaN",
            "scoreUnit": "B/op", "rawData": [[0.001]]}}},
         {"benchmark": "io.nexus.notify.bench.jmh.FloorBench.pingPong", "mode": "sample",
          "threads": 1, "forks": 0, "measurementTime": "1 s",
          "primaryMetric": {"score": 700, "scoreError": "NaN", "scoreUnit": "ns/op",
            "scorePercentiles": {"50.0": 601.0, "99.0": 1213.0},
            "rawDataHistogram": [[[[601.0, 10]]]]}, "secondaryMetrics": {}}]
        """;

    @Test
    void readsTheFieldsTheReportUses(@TempDir Path dir) throws IOException {
        final List<Result> results = Result.read(Files.writeString(dir.resolve("r.json"), JSON));

        final Result avgt = results.get(0);
        assertEquals("NotifyBench.conflated", avgt.name());
        assertEquals("builtin", avgt.subject());
        assertEquals("off", avgt.param("counting"));
        assertEquals(2.6, avgt.primaryMetric().percentile("50.0"),
            "JMH's median of all forks' iterations");
        assertEquals(0.25, avgt.primaryMetric().scoreError());
        assertEquals(0.001, avgt.allocation());
        assertEquals(100, avgt.iterationMillis());
        final Result sample = results.get(1);
        assertNull(sample.subject());
        assertTrue(Double.isNaN(sample.primaryMetric().scoreError()), "\"NaN\" reads as NaN");
        assertEquals(1213.0, sample.primaryMetric().percentile("99.0"));
        assertTrue(Double.isNaN(sample.primaryMetric().percentile("90.0")), "absent: NaN");
        assertTrue(Double.isNaN(sample.allocation()));
        assertEquals(1000, sample.iterationMillis());
    }

    @Test
    void aFileThatIsNotJmhJsonIsRejectedNamingIt(@TempDir Path dir) throws IOException {
        final Path notJson = Files.writeString(dir.resolve("a.json"), "{not json");
        final Path notJmh = Files.writeString(dir.resolve("b.json"), "[{\"score\": 1}]");

        assertTrue(assertThrows(IOException.class, () -> Result.read(notJson)).getMessage()
            .contains("a.json is not JMH's JSON"));
        assertTrue(assertThrows(IOException.class, () -> Result.read(notJmh)).getMessage()
            .contains("b.json is not JMH's JSON"));
        assertThrows(IOException.class, () -> Result.read(dir.resolve("missing.json")));
    }
}
