package io.nexus.notify.bench.report;

/** Which figure of a JMH result a table row shows. */
public enum Statistic {

    /**
     * The time per operation: the median of the measurement iterations' scores, which one
     * iteration disturbed by another process on a shared machine cannot drag, or JMH's score
     * (their mean) when the result carries no per-iteration data.
     */
    SCORE(null, "score"),
    /** The median of a sampled result. */
    P50("50.0", "p50"),
    /** The 99th percentile of a sampled result. */
    P99("99.0", "p99");

    private final String percentileKey;
    private final String label;

    Statistic(String percentileKey, String label) {
        this.percentileKey = percentileKey;
        this.label = label;
    }

    /**
     * Returns the key of this statistic in JMH's {@code scorePercentiles}, or {@code null} for
     * the score itself.
     *
     * @return the percentile key, or {@code null}
     */
    public String percentileKey() {
        return percentileKey;
    }

    /**
     * Returns a short label.
     *
     * @return for example {@code p50}
     */
    public String label() {
        return label;
    }
}
