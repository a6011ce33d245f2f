package io.nexus.notify.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationCheckTest {

    private static final String PKG = "io.nexus.notify.bench.jmh.";

    @SafeVarargs
    private static List<Measurement> parse(Map<String, Object>... results) {
        return Fixtures.parse(results);
    }

    @Test
    void flagsOurBenchmarkAboveTheLimitOnly() {
        final List<Measurement> results = parse(
            Fixtures.result(PKG + "NotifyBench.conflated", "builtin", 3, 0.02),
            Fixtures.result(PKG + "NotifyBench.newThenPoll", "builtin", 9, 16.0));

        final List<String> bad = AllocationCheck.violations(results, "peer-a"::equals);

        assertEquals(1, bad.size());
        assertTrue(bad.get(0).contains("NotifyBench.newThenPoll"), bad.get(0));
        assertTrue(bad.get(0).contains("16.00 B/op"), bad.get(0));
    }

    @Test
    void ignoresPeersAndFloors() {
        final List<Measurement> results = parse(
            Fixtures.result(PKG + "NotifyBench.newThenPoll", "peer-a", 90, 48.0),
            Fixtures.result(PKG + "FloorParkBench.roundTrip", null, 9000, 3.0));

        assertTrue(AllocationCheck.violations(results, "peer-a"::equals).isEmpty());
        assertEquals(0, AllocationCheck.unchecked(results, "peer-a"::equals));
    }

    @Test
    void countsOurResultsWithoutAGcProfile() {
        final List<Measurement> results = parse(
            Fixtures.result(PKG + "NotifyBench.conflated", "builtin", 3, null),
            Fixtures.result(PKG + "NotifyBench.pollEmpty", "builtin", 1, 0.0));

        assertEquals(1, AllocationCheck.unchecked(results, "peer-a"::equals));
        assertTrue(AllocationCheck.violations(results, "peer-a"::equals).isEmpty());
    }

    @Test
    void skipsSampledResultsWhoseSampleStoreAllocates() {
        final Map<String, Object> sampled =
            Fixtures.result(PKG + "RoundTripBench.roundTrip", "builtin", 200, 40.0);
        sampled.put("mode", Measurement.SAMPLE_MODE);
        final List<Measurement> results = parse(sampled,
            Fixtures.result(PKG + "RoundTripBench.roundTrip", "builtin", 210, 0.01));

        assertTrue(AllocationCheck.violations(results, "peer-a"::equals).isEmpty());
    }

    @Test
    void allowsTheHarnessFixedCostPerIterationSpreadOverASlowRowsOperations() {
        // 10 us per round trip in a 500 ms iteration: 50,000 operations, so the harness's
        // 64 KiB per iteration is 1.31 B/op; 1.2 B/op is the harness, 20 B/op is not.
        final Map<String, Object> harnessOnly =
            Fixtures.result(PKG + "ChannelRoundTripBench.roundTrip", "builtin", 10_000, 1.2);
        harnessOnly.put("measurementTime", "500 ms");
        final Map<String, Object> allocating =
            Fixtures.result(PKG + "ChannelRoundTripBench.roundTrip", "jctools", 10_000, 20.0);
        allocating.put("measurementTime", "500 ms");

        final List<String> bad = AllocationCheck.violations(parse(harnessOnly, allocating),
            "peer-a"::equals);

        assertEquals(1, bad.size(), bad.toString());
        assertTrue(bad.get(0).contains("backend=jctools"), bad.get(0));
        assertTrue(bad.get(0).contains("harness allowance 1.31 B/op"), bad.get(0));
    }

    @Test
    void holdsAResultOfUnknownIterationLengthToTheBareLimit() {
        final List<String> bad = AllocationCheck.violations(parse(
            Fixtures.result(PKG + "ChannelRoundTripBench.roundTrip", "builtin", 10_000, 0.6)),
            "peer-a"::equals);

        assertEquals(1, bad.size(), bad.toString());
    }
}
