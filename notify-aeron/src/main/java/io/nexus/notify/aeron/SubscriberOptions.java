package io.nexus.notify.aeron;

import java.time.Duration;
import java.util.Objects;

/**
 * How a subscriber receives: the most messages one duty cycle reads, how long a publisher may
 * stay silent before it is reported, and who hears about publishers coming and going.
 * Immutable; each {@code with} method returns a copy.
 */
public final class SubscriberOptions {

    private static final PublisherListener NONE = new PublisherListener() {
    };

    private static final SubscriberOptions DEFAULTS =
        new SubscriberOptions(256, Duration.ofSeconds(1).toNanos(), NONE);

    private final int fragmentLimit;
    private final long silenceNanos;
    private final PublisherListener listener;

    private SubscriberOptions(int fragmentLimit, long silenceNanos, PublisherListener listener) {
        this.fragmentLimit = fragmentLimit;
        this.silenceNanos = silenceNanos;
        this.listener = listener;
    }

    /**
     * Returns the defaults: at most 256 messages per duty cycle, a publisher reported silent
     * after 1 s without a message (ten of its default heartbeat intervals), no listener.
     *
     * @return the default options
     */
    public static SubscriberOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Sets the most messages one duty cycle reads from the subscription.
     *
     * @param fragmentLimit the limit, {@code >= 1}
     * @return a copy with this limit
     * @throws IllegalArgumentException if {@code fragmentLimit} is below 1
     */
    public SubscriberOptions withFragmentLimit(int fragmentLimit) {
        if (fragmentLimit < 1) {
            throw new IllegalArgumentException("fragment limit must be >= 1, was "
                + fragmentLimit);
        }
        return new SubscriberOptions(fragmentLimit, silenceNanos, listener);
    }

    /**
     * Sets how long a publisher may send nothing, heartbeats included, before
     * {@link PublisherListener#silent} reports it. Keep it several times the publishers'
     * {@link PublisherOptions#withHeartbeatInterval heartbeat interval}.
     *
     * @param timeout the timeout, positive
     * @return a copy with this timeout
     * @throws NullPointerException     if {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is zero or negative
     */
    public SubscriberOptions withSilenceTimeout(Duration timeout) {
        return new SubscriberOptions(fragmentLimit,
            PublisherOptions.positiveNanos(timeout, "silence timeout"), listener);
    }

    /**
     * Sets who hears about publishers joining, going silent, speaking again and leaving. The
     * listener is called on the subscriber's duty-cycle thread.
     *
     * @param listener the listener
     * @return a copy with this listener
     * @throws NullPointerException if {@code listener} is null
     */
    public SubscriberOptions withListener(PublisherListener listener) {
        return new SubscriberOptions(fragmentLimit, silenceNanos,
            Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Returns the most messages one duty cycle reads.
     *
     * @return the fragment limit
     */
    public int fragmentLimit() {
        return fragmentLimit;
    }

    /**
     * Returns how long a publisher may be silent before it is reported.
     *
     * @return the silence timeout
     */
    public Duration silenceTimeout() {
        return Duration.ofNanos(silenceNanos);
    }

    /**
     * Returns the listener.
     *
     * @return the listener; one that does nothing unless one was set
     */
    public PublisherListener listener() {
        return listener;
    }

    long silenceNanos() {
        return silenceNanos;
    }

    @Override
    public String toString() {
        return "SubscriberOptions[fragmentLimit=" + fragmentLimit + ", silenceTimeout="
            + silenceTimeout() + ", listener=" + (listener == NONE ? "none" : listener) + "]";
    }
}
