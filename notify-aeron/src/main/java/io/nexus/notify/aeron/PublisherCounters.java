package io.nexus.notify.aeron;

/**
 * A snapshot of what a publisher did, each count since it was created. The counts are read
 * one by one, so a snapshot taken while the publisher runs need not be one instant's.
 *
 * @param messagesSent  tuples sent (re-sends included, heartbeats not)
 * @param backPressured sends refused with {@code BACK_PRESSURED} or {@code ADMIN_ACTION}, each
 *                      retried by a later duty cycle
 * @param notConnected  sends refused with {@code NOT_CONNECTED}: no subscriber was there
 * @param conflated     updates never sent on their own because a later update of the same
 *                      token replaced them first (values only: readiness does not count them)
 * @param heartbeats    heartbeats sent
 * @param resends       re-sends of every written token, on a new connection or on the refresh
 *                      interval
 */
public record PublisherCounters(long messagesSent, long backPressured, long notConnected,
                                long conflated, long heartbeats, long resends) {
}
