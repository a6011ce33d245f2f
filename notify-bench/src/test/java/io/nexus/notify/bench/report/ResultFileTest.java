package io.nexus.notify.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultFileTest {

    private static final String PKG = "io.nexus.notify.bench.jmh.";

    @Test
    void readsNameParamsScoreErrorAndAllocation() {
        final List<Measurement> results = Fixtures.parse(Fixtures.withError(
            Fixtures.result(PKG + "NotifyBench.conflated", "builtin", 4.25, 0.01), 0.5));

        assertEquals(1, results.size());
        final Measurement m = results.get(0);
        assertEquals("NotifyBench.conflated", m.benchmark());
        assertEquals("builtin", m.subject());
        assertEquals(4.25, m.value(Statistic.SCORE));
        assertEquals(0.5, m.error());
        assertEquals(0.01, m.secondary(Measurement.ALLOC_NORM));
        assertEquals("ns/op", m.unit());
    }

    @Test
    void readsPercentilesAndTreatsMissingOnesAsNaN() {
        final Map<String, Object> sampled = Fixtures.withPercentiles(
            Fixtures.result(PKG + "RoundTripBench.roundTrip", "builtin", 300, null),
            Map.of("50.0", 250.0, "99.0", 900.0));
        final Measurement m = Fixtures.parse(sampled).get(0);

        assertEquals(250.0, m.value(Statistic.P50));
        assertEquals(900.0, m.value(Statistic.P99));
        final Measurement plain = Fixtures.parse(
            Fixtures.result(PKG + "NotifyBench.pollEmpty", "builtin", 2, null)).get(0);
        assertTrue(Double.isNaN(plain.value(Statistic.P50)));
        assertTrue(Double.isNaN(plain.secondary(Measurement.ALLOC_NORM)));
    }

    @Test
    void readsNaNWrittenAsString() {
        final Map<String, Object> r = Fixtures.result(PKG + "NotifyBench.pollEmpty", "builtin", 2,
            null);
        Fixtures.object(r, "primaryMetric").put("score", "NaN");

        final Measurement m = Fixtures.parse(r).get(0);
        assertTrue(Double.isNaN(m.score()));
        assertTrue(Double.isNaN(m.error()));
    }

    @Test
    void floorHasNoSubject() {
        final Measurement m = Fixtures.parse(
            Fixtures.result(PKG + "FloorSwapBench.swap", null, 7, null)).get(0);

        assertNull(m.subject());
        assertEquals("FloorSwapBench.swap", m.benchmark());
    }

    @Test
    void dropsTheDotBeforeProfilerNames() {
        final Map<String, Object> r = Fixtures.result(PKG + "A.x", "builtin", 1, null);
        Fixtures.object(r, "secondaryMetrics").put("\u00b7" + Measurement.ALLOC_NORM,
            Map.of("score", 3.0, "scoreUnit", "B/op"));

        assertEquals(3.0, Fixtures.parse(r).get(0).secondary(Measurement.ALLOC_NORM));
    }

    @Test
    void readsJmhsLayoutWithEscapesBooleansAndNulls() {
        final String json = "[ {\n  \"benchmark\" : \"a.B.c\", \"mode\" : \"avgt\",\n"
            + "  \"threads\" : 2, \"forks\" : 1, \"flag\" : true, \"none\" : null,\n"
            + "  \"jvmArgs\" : [ \"-Dx=\\\"q\\\"\\u00e9\" ],\n"
            + "  \"params\" : { \"backend\" : \"b\" },\n"
            + "  \"primaryMetric\" : { \"score\" : 1.5E1, \"scoreError\" : 0.25,\n"
            + "    \"scoreUnit\" : \"ns/op\" }, \"secondaryMetrics\" : { }\n} ]";

        final Measurement m = ResultFile.parse(json).get(0);

        assertEquals("B.c", m.benchmark());
        assertEquals(2, m.threads());
        assertEquals(15.0, m.score());
        assertEquals(0.25, m.error());
        assertEquals("b", m.subject());
    }

    @Test
    void rejectsADocumentThatIsNotAnArray() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ResultFile.parse("{\"benchmark\":\"x\"}"));
        assertTrue(e.getMessage().contains("array"), e.getMessage());
    }

    @Test
    void rejectsTextThatIsNotJson() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ResultFile.parse("[ {\"benchmark\" : } ]"));
        assertTrue(e.getMessage().contains("offset"), e.getMessage());
    }

    @Test
    void rejectsTrailingText() {
        assertThrows(IllegalArgumentException.class, () -> ResultFile.parse("[] x"));
    }

    @Test
    void rejectsAResultWithoutPrimaryMetric() {
        final Map<String, Object> r = Fixtures.result(PKG + "A.x", "builtin", 1, null);
        r.remove("primaryMetric");

        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Fixtures.parse(r));
        assertTrue(e.getMessage().contains("primaryMetric"), e.getMessage());
    }

    @Test
    void usesTheMedianOfTheIterationsAcrossForksWhenPresent() {
        final Map<String, Object> r = Fixtures.result(PKG + "NotifyBench.newThenPoll", "builtin",
            40, null);
        Fixtures.object(r, "primaryMetric").put("rawData",
            List.of(List.of(12.0, 90.0), List.of(10.0, 11.0)));

        assertEquals((11.0 + 12.0) / 2, Fixtures.parse(r).get(0).score());
    }
}
