/**
 * A blocking front end for an {@link io.nexus.notify.EventQueue}: senders mark tokens ready,
 * one receiver waits until some are.
 *
 * <p>{@link io.nexus.notify.channel.EventChannel} pairs a queue with a
 * {@link io.nexus.notify.channel.Sender} (any number of threads) and a
 * {@link io.nexus.notify.channel.Receiver} (one thread at a time). The receiver tries the queue,
 * spins and yields for a while as its {@link io.nexus.notify.channel.WaitStrategy} says, then
 * parks; a sender wakes it only when its notify made a token newly pending and the receiver has
 * published that it is parked, so the hot path makes no system call.
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>Delivery is the queue's: each pending token once per receive (conflated), oldest first,
 *       at most {@code limit} per call with the rest kept in order.</li>
 *   <li>Writes a sender makes before {@code notify(t)} are visible to the receiver after a
 *       receive that returns {@code t}, or a later receive returns {@code t} again.</li>
 *   <li>{@link io.nexus.notify.channel.EventChannel#close()} wakes a waiting receiver, makes later
 *       notifies throw {@link java.lang.IllegalStateException}, and keeps pending tokens
 *       drainable; once they are drained every receive returns
 *       {@link io.nexus.notify.channel.Receiver#CLOSED}.</li>
 *   <li>Blocking receives throw {@link java.lang.InterruptedException} when interrupted while
 *       they wait (status cleared), and lose nothing: tokens not returned stay pending.</li>
 *   <li>Waiting uses {@link java.util.concurrent.locks.LockSupport} only and holds no monitor,
 *       so a receiver on a virtual thread unmounts from its carrier while it waits.</li>
 * </ul>
 */
package io.nexus.notify.channel;
