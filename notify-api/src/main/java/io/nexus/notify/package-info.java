/**
 * The notify API: producers say "token <i>k</i> changed" through a {@link io.nexus.notify.Notifier};
 * one consumer learns which tokens changed, each once and oldest first, through a
 * {@link io.nexus.notify.Poller}.
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>A token is an index in {@code [0, capacity)} chosen by the user.</li>
 *   <li>{@code notify(t)} on a pending token does nothing (conflation); otherwise {@code t}
 *       becomes pending and joins the back of the FIFO.</li>
 *   <li>{@code poll(events)} moves every pending token into {@code events}, oldest first, and
 *       re-arms each so that a later {@code notify} queues it again.
 *       {@code poll(events, limit)} moves at most {@code limit}; the rest stay queued in order.</li>
 * </ul>
 *
 * <h2>Happens-before contract</h2>
 * Writes a producer makes before {@code notify(t)} are visible to the consumer after a poll that
 * returns {@code t}, or a later poll returns {@code t} again. Spurious events are possible when a
 * token is reused for a new item while an old producer still notifies it.
 */
package io.nexus.notify;
