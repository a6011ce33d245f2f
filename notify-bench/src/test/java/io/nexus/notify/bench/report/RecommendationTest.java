package io.nexus.notify.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The backend per load, by the error-interval verdict against the default. */
class RecommendationTest {

    /** Notify rows where jctools and agrona beat builtin as given, beyond or within error. */
    private static List<Result> notifyRows(double jctools, double agrona, double error) {
        final List<Result> run = new ArrayList<>();
        for (String[] row : new String[][] {{"NotifyBench.conflated", "counting", "off"},
                {"NotifyBench.conflated", "counting", "on"}, {"NotifyBench.notifyNew"}}) {
            for (String b : List.of("builtin", "jctools", "agrona", "peer-jdk")) {
                final double v = b.equals("jctools") ? jctools : b.equals("agrona") ? agrona : 10;
                final String[] kv = row.length == 1 ? new String[] {"backend", b}
                    : new String[] {"backend", b, row[1], row[2]};
                run.add(Results.avgt(row[0], v, error, 0, 1, kv));
            }
        }
        return run;
    }

    @Test
    void aBackendFasterBeyondTheErrorInMoreRowsReplacesTheDefault() {
        final Table table = new Table(notifyRows(5, 10, 0.2));

        assertEquals("jctools", Recommendation.choose(Recommendation.scores(table,
            Row.Load.NOTIFY)));
        final String text = Recommendation.render(table);
        assertTrue(text.contains("notify-heavy load: jctools, run with"
            + " -Dio.nexus.notify.backend=jctools"), text);
        assertTrue(text.contains("jctools against builtin: faster in 3 rows, slower in 0"), text);
        assertTrue(text.contains("agrona against builtin: faster in 0 rows, slower in 0, within"
            + " the error in 3"), text);
        assertTrue(text.contains("poll-heavy load: builtin"), "no poll row: the default");
    }

    @Test
    void differencesWithinTheErrorOrWithoutOneKeepTheDefault() {
        assertEquals("builtin", Recommendation.choose(Recommendation.scores(
            new Table(notifyRows(9.9, 9.8, 0.5)), Row.Load.NOTIFY)), "within the error");
        assertEquals("builtin", Recommendation.choose(Recommendation.scores(
            new Table(notifyRows(1, 2, Double.NaN)), Row.Load.NOTIFY)), "no interval");
    }

    @Test
    void agronaIsRecommendedWithTheExportItNeeds() {
        final String text = Recommendation.render(new Table(notifyRows(20, 5, 0.2)));

        assertTrue(text.contains("notify-heavy load: agrona, run with -Dio.nexus.notify.backend="
            + "agrona --add-exports java.base/jdk.internal.misc=ALL-UNNAMED"), text);
        assertTrue(text.contains("jctools against builtin: faster in 0 rows, slower in 3"), text);
    }
}
