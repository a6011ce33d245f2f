package io.nexus.notify.aeron;

/**
 * A snapshot of what a subscriber did, each count since it was created. The counts are read
 * one by one, so a snapshot taken while the subscriber runs need not be one instant's.
 *
 * @param applied           tuples (or readiness messages) applied to the local side
 * @param duplicates        re-sent tuples skipped because this subscriber had them already
 * @param heartbeats        heartbeats received
 * @param malformed         messages dropped: truncated, of another format version or width,
 *                          of an unknown type, or for a token out of range
 * @param publishersJoined  publisher images that became available
 * @param publishersSilent  publishers reported silent (no message for the silence timeout)
 * @param publishersLeft    publisher images that became unavailable
 */
public record SubscriberCounters(long applied, long duplicates, long heartbeats,
                                 long malformed, long publishersJoined, long publishersSilent,
                                 long publishersLeft) {
}
