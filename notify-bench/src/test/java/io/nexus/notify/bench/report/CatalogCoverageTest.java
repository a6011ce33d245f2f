package io.nexus.notify.bench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Every benchmark that {@code ./bench} runs shows in the table, as a row or as a floor. */
class CatalogCoverageTest {

    @Test
    void everyBenchmarkHasARowOrIsARowsFloor() {
        final Set<String> shown = new HashSet<>();
        for (RowSpec row : Catalog.rows(List.of())) {
            shown.add(row.figure().benchmark());
            if (row.floor() != null) {
                shown.add(row.floor().benchmark());
            }
        }
        final List<String> missing = new ArrayList<>();
        for (BenchmarkListEntry e : BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(new PrintStream(
                    OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8),
                    VerboseMode.SILENT), List.of(".*"), List.of())) {
            final String name = Measurement.shortName(e.getUsername());
            // The multi-producer rows are added per producer count found in a run's results.
            if (!shown.contains(name) && !name.startsWith("MpscBench.")) {
                missing.add(name);
            }
        }
        assertTrue(missing.isEmpty(), "benchmarks run by ./bench without a row: " + missing);
    }
}
