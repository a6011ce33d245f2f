package io.nexus.notify.aeron;

/**
 * Hears about the publishers of a subscriber's stream: one Aeron image per publisher. Every
 * method is called on the subscriber's duty-cycle thread and does nothing by default.
 */
public interface PublisherListener {

    /**
     * A publisher's image became available: it connected, or restarted as a new session.
     * Called once per publisher, before any of its tuples is applied.
     *
     * @param publisher the publisher
     */
    default void joined(PublisherInfo publisher) {
    }

    /**
     * A publisher sent nothing, heartbeats included, for the silence timeout: it crashed,
     * hangs, or cannot reach this subscriber. Its image may stay for Aeron's own liveness
     * timeout; its tokens keep their last tuples.
     *
     * @param publisher the publisher
     */
    default void silent(PublisherInfo publisher) {
    }

    /**
     * A publisher reported {@link #silent} sent a message again.
     *
     * @param publisher the publisher
     */
    default void resumed(PublisherInfo publisher) {
    }

    /**
     * A publisher's image became unavailable: it closed, or Aeron's liveness timeout passed.
     * Its tokens keep their last tuples.
     *
     * @param publisher the publisher
     */
    default void left(PublisherInfo publisher) {
    }
}
