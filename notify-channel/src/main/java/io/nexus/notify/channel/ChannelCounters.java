package io.nexus.notify.channel;

/**
 * What an {@link EventChannel} has counted since it was made: how often its receiver parked
 * and how often a sender or {@code close()} unparked it. A snapshot; each field alone never
 * goes back. For the queue's own counts (notifies, conflations, polls, tokens) make the channel
 * over an {@link io.nexus.notify.CountingEventQueue}.
 *
 * <p>Always on: both counts sit on paths that already make a system call (a park, an unpark),
 * next to which one counter update is noise, and nothing is counted on the paths that do not.
 *
 * @param parks   the times the receiver parked (a park ended by a wake-up, its time, an
 *                interrupt or for no reason each count once)
 * @param wakeups the times a sender, or {@code close()}, unparked the parked receiver
 */
public record ChannelCounters(long parks, long wakeups) {
}
