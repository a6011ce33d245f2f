package io.nexus.notify.channel;

/**
 * What a {@link SelectorWaker} has counted since it was made: how often its loop blocked in
 * {@code Selector.select} and how often a notify woke the selector. A snapshot; each field
 * alone never goes back. The same shape as a channel's {@link ChannelCounters}; for the
 * queue's own counts make the waker over an {@link io.nexus.notify.CountingEventQueue}.
 *
 * <p>Always on: both counts sit on paths that already make a system call (a blocking select,
 * a {@code wakeup()}), and nothing is counted on the paths that do not.
 *
 * @param blocks  the selects that found the queue strictly empty and blocked in
 *                {@code Selector.select} (however they ended)
 * @param wakeups the times a notify called {@code Selector.wakeup()}: at most one per block
 */
public record SelectorWakerCounters(long blocks, long wakeups) {
}
