package io.nexus.notify.bench.run;

import java.util.Locale;

/**
 * The JMH settings of a run: forks, warm-up and measurement iterations and their length.
 *
 * @param forks        forks per benchmark and parameter set
 * @param warmups      warm-up iterations per fork
 * @param measurements measurement iterations per fork
 * @param millis       the length of each iteration, in milliseconds
 */
public record Settings(int forks, int warmups, int measurements, long millis) {

    /** What each forked run costs besides its iterations (JVM start, setup, profiler), in ms. */
    static final long OVERHEAD_MILLIS = 1_900;

    /** What each run in this JVM costs besides its iterations (setup, profiler), in ms. */
    static final long SMOKE_OVERHEAD_MILLIS = 150;

    /** Quick mode's budget for the benchmarks themselves, in ms; building comes on top. */
    static final long QUICK_BUDGET_MILLIS = 200_000;

    private static final long MIN_MILLIS = 100;
    private static final long MAX_QUICK_MILLIS = 500;

    /**
     * The long mode: 2 forks, 3 warm-up and 5 measurement iterations of 1 s.
     *
     * @return the settings
     */
    public static Settings full() {
        return new Settings(2, 3, 5, 1_000);
    }

    /**
     * The smoke mode: every benchmark once, in this JVM (no fork), for one measurement
     * iteration of 20 ms and no warm-up. It proves that every benchmark builds its subject,
     * runs and reports, and that every output is written; its figures mean nothing.
     *
     * @return the settings
     */
    public static Settings smoke() {
        return new Settings(0, 0, 1, 20);
    }

    /**
     * The quick mode for a number of runs: 1 fork, 2 warm-up and 5 measurement iterations,
     * each as long as the budget allows (between 100 and 500 ms). Five measurements give the
     * report a median that one disturbed iteration cannot move.
     *
     * @param runs the number of benchmark and parameter combinations
     * @return the settings
     */
    public static Settings quick(int runs) {
        final long perRun = QUICK_BUDGET_MILLIS / Math.max(1, runs) - OVERHEAD_MILLIS;
        final long millis = Math.max(MIN_MILLIS, Math.min(MAX_QUICK_MILLIS, perRun / 7));
        return new Settings(1, 2, 5, millis);
    }

    /**
     * Returns these settings with iterations of at least {@code minMillis}.
     *
     * @param minMillis the shortest iteration, in milliseconds
     * @return these settings if their iterations are long enough, else a copy with
     *     {@code minMillis} iterations
     */
    public Settings withMinMillis(long minMillis) {
        return millis >= minMillis ? this : new Settings(forks, warmups, measurements, minMillis);
    }

    /**
     * Estimates the wall time of a number of runs.
     *
     * @param runs the number of benchmark and parameter combinations
     * @return the estimate, in seconds
     */
    public long estimateSeconds(int runs) {
        if (forks == 0) {
            return runs * ((warmups + measurements) * millis + SMOKE_OVERHEAD_MILLIS) / 1_000;
        }
        return runs * forks * ((warmups + measurements) * millis + OVERHEAD_MILLIS) / 1_000;
    }

    /**
     * Describes the settings.
     *
     * @return for example {@code 1 fork, warm-up 2 x 300 ms, measurement 3 x 300 ms}, or
     *     {@code no fork, measurement 1 x 20 ms} in smoke mode
     */
    @Override
    public String toString() {
        if (forks == 0) {
            return String.format(Locale.ROOT, "no fork, measurement %d x %d ms", measurements,
                millis);
        }
        return String.format(Locale.ROOT, "%d fork%s, warm-up %d x %d ms, measurement %d x %d ms",
            forks, forks == 1 ? "" : "s", warmups, millis, measurements, millis);
    }
}
