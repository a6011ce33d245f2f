package io.nexus.notify.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JmhJsonTest {

    private static final String PKG = "io.nexus.notify.bench.jmh.";

    @Test
    void parsesNameParamsScoreAndAllocation() {
        final List<Measurement> results = JmhJson.parse(Fixtures.document(
            Fixtures.result(PKG + "NotifyBench.conflated", "builtin", 4.25, 0.01)));

        assertEquals(1, results.size());
        final Measurement m = results.get(0);
        assertEquals("NotifyBench.conflated", m.benchmark());
        assertEquals("builtin", m.subject());
        assertEquals(4.25, m.value(Statistic.SCORE));
        assertEquals(0.01, m.secondary(Measurement.ALLOC_NORM));
        assertEquals("ns/op", m.unit());
    }

    @Test
    void parsesPercentilesAndTreatsMissingOnesAsNaN() {
        final JsonObject sampled = Fixtures.withPercentiles(
            Fixtures.result(PKG + "RoundTripBench.roundTrip", "builtin", 300, null),
            Map.of("50.0", 250.0, "99.0", 900.0));
        final Measurement m = JmhJson.parse(Fixtures.document(sampled)).get(0);

        assertEquals(250.0, m.value(Statistic.P50));
        assertEquals(900.0, m.value(Statistic.P99));
        final Measurement plain = JmhJson.parse(Fixtures.document(
            Fixtures.result(PKG + "NotifyBench.pollEmpty", "builtin", 2, null))).get(0);
        assertTrue(Double.isNaN(plain.value(Statistic.P50)));
        assertTrue(Double.isNaN(plain.secondary(Measurement.ALLOC_NORM)));
    }

    @Test
    void readsNaNWrittenAsString() {
        final JsonObject r = Fixtures.result(PKG + "NotifyBench.pollEmpty", "builtin", 2, null);
        r.getAsJsonObject("primaryMetric").addProperty("score", "NaN");

        assertTrue(Double.isNaN(JmhJson.parse(Fixtures.document(r)).get(0).score()));
    }

    @Test
    void floorHasNoSubject() {
        final Measurement m = JmhJson.parse(Fixtures.document(
            Fixtures.result(PKG + "FloorSwapBench.swap", null, 7, null))).get(0);

        assertEquals(null, m.subject());
        assertEquals("FloorSwapBench.swap", m.benchmark());
    }

    @Test
    void mergeConcatenatesDocumentsInOrderAndSkipsBlankOnes() {
        final String a = Fixtures.document(Fixtures.result(PKG + "A.x", "builtin", 1, null));
        final String b = Fixtures.document(Fixtures.result(PKG + "B.y", "builtin", 2, null),
            Fixtures.result(PKG + "B.z", "builtin", 3, null));

        final List<Measurement> merged = JmhJson.parse(JmhJson.merge(List.of(a, "", b)));

        assertEquals(List.of("A.x", "B.y", "B.z"),
            merged.stream().map(Measurement::benchmark).toList());
    }

    @Test
    void rejectsADocumentThatIsNotAnArray() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> JmhJson.parse("{\"benchmark\":\"x\"}"));
        assertTrue(e.getMessage().contains("array"), e.getMessage());
    }

    @Test
    void rejectsAResultWithoutPrimaryMetric() {
        final JsonObject r = Fixtures.result(PKG + "A.x", "builtin", 1, null);
        r.remove("primaryMetric");

        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> JmhJson.parse(Fixtures.document(r)));
        assertTrue(e.getMessage().contains("primaryMetric"), e.getMessage());
    }

    @Test
    void usesTheMedianOfTheIterationsAcrossForksWhenPresent() {
        final JsonObject r = Fixtures.result(PKG + "NotifyBench.newThenPoll", "builtin", 40, null);
        final com.google.gson.JsonArray forks = new com.google.gson.JsonArray();
        final com.google.gson.JsonArray first = new com.google.gson.JsonArray();
        first.add(12.0);
        first.add(90.0);
        final com.google.gson.JsonArray second = new com.google.gson.JsonArray();
        second.add(10.0);
        second.add(11.0);
        forks.add(first);
        forks.add(second);
        r.getAsJsonObject("primaryMetric").add("rawData", forks);

        assertEquals((11.0 + 12.0) / 2, JmhJson.parse(Fixtures.document(r)).get(0).score());
    }
}
