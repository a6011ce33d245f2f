package io.nexus.notify.aeron;

import java.time.Duration;
import java.util.Objects;

/**
 * How a publisher sends: its duty cycle's budget, its heartbeat interval, an optional periodic
 * re-send of every token, and the backend of its outbox queue. Immutable; each {@code with}
 * method returns a copy.
 */
public final class PublisherOptions {

    private static final PublisherOptions DEFAULTS =
        new PublisherOptions(256, Duration.ofMillis(100).toNanos(), 0, null);

    private final int budget;
    private final long heartbeatNanos;
    private final long refreshNanos;
    private final String backend;

    private PublisherOptions(int budget, long heartbeatNanos, long refreshNanos,
                             String backend) {
        this.budget = budget;
        this.heartbeatNanos = heartbeatNanos;
        this.refreshNanos = refreshNanos;
        this.backend = backend;
    }

    /**
     * Returns the defaults: a budget of 256 tokens per duty cycle, a heartbeat after 100 ms
     * without a message, no periodic re-send, the default backend for the outbox.
     *
     * @return the default options
     */
    public static PublisherOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Sets the most tokens one duty cycle takes from the outbox.
     *
     * @param budget the budget, {@code >= 1}
     * @return a copy with this budget
     * @throws IllegalArgumentException if {@code budget} is below 1
     */
    public PublisherOptions withBudget(int budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("budget must be >= 1, was " + budget);
        }
        return new PublisherOptions(budget, heartbeatNanos, refreshNanos, backend);
    }

    /**
     * Sets how long a connected publisher may send nothing before it sends a heartbeat, so
     * that subscribers tell a quiet publisher from a dead one. Keep it well under the
     * subscribers' {@link SubscriberOptions#withSilenceTimeout silence timeout}.
     *
     * @param interval the interval, positive
     * @return a copy with this interval
     * @throws NullPointerException     if {@code interval} is null
     * @throws IllegalArgumentException if {@code interval} is zero or negative
     */
    public PublisherOptions withHeartbeatInterval(Duration interval) {
        return new PublisherOptions(budget, positiveNanos(interval, "heartbeat interval"),
            refreshNanos, backend);
    }

    /**
     * Sets a periodic re-send of every written token, for subscribers that join while others
     * keep the publication connected (a newly connected publication re-sends every token by
     * itself). Each re-send sends each written token once; subscribers that have a tuple
     * already skip it.
     *
     * @param interval the interval, positive; or {@link Duration#ZERO} for none (the default)
     * @return a copy with this interval
     * @throws NullPointerException     if {@code interval} is null
     * @throws IllegalArgumentException if {@code interval} is negative
     */
    public PublisherOptions withRefreshInterval(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        final long nanos = interval.isZero() ? 0 : positiveNanos(interval, "refresh interval");
        return new PublisherOptions(budget, heartbeatNanos, nanos, backend);
    }

    /**
     * Sets the backend of the outbox queue, as for {@code EventQueue.create(capacity,
     * backend)}.
     *
     * @param backend a backend name; null or blank for the default
     * @return a copy with this backend
     */
    public PublisherOptions withBackend(String backend) {
        final String name = backend == null || backend.isBlank() ? null : backend.strip();
        return new PublisherOptions(budget, heartbeatNanos, refreshNanos, name);
    }

    /**
     * Returns the most tokens one duty cycle takes from the outbox.
     *
     * @return the budget
     */
    public int budget() {
        return budget;
    }

    /**
     * Returns the heartbeat interval.
     *
     * @return the interval
     */
    public Duration heartbeatInterval() {
        return Duration.ofNanos(heartbeatNanos);
    }

    /**
     * Returns the periodic re-send interval.
     *
     * @return the interval, {@link Duration#ZERO} for none
     */
    public Duration refreshInterval() {
        return Duration.ofNanos(refreshNanos);
    }

    /**
     * Returns the outbox's backend.
     *
     * @return the backend name, or null for the default
     */
    public String backend() {
        return backend;
    }

    long heartbeatNanos() {
        return heartbeatNanos;
    }

    long refreshNanos() {
        return refreshNanos;
    }

    static long positiveNanos(Duration duration, String what) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, was " + duration);
        }
        return duration.toNanos();
    }

    @Override
    public String toString() {
        return "PublisherOptions[budget=" + budget + ", heartbeatInterval=" + heartbeatInterval()
            + ", refreshInterval=" + refreshInterval() + ", backend="
            + (backend == null ? "default" : backend) + "]";
    }
}
