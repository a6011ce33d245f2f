package io.nexus.notify.channel;

import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import java.time.Duration;

/**
 * The consuming side of an {@link EventChannel}: learns which tokens are ready, waiting for
 * one if needed. It is also a {@link Poller}, so code written against the queue API can be
 * given a channel's receiver; see {@link #poll(Events, int)} for how it reports a closed
 * channel.
 *
 * <p>Every method clears {@code events}, then moves pending tokens into it, oldest first, each
 * once, and re-arms them so that a later notify queues them again. The {@code limit} variants
 * move at most {@code limit} tokens and leave the rest queued, in order, for the next call;
 * their cost is bounded by {@code limit}. A {@code limit} of {@code 0} asks for nothing: the
 * call returns {@code 0} at once without waiting, open or closed. Delivery follows the
 * {@link Poller} progress contract: a receive never waits for a sender that is in the middle
 * of a notify, but a token queued behind such a notify is returned only once it finishes.
 *
 * <h2>Single consumer</h2>
 * Exactly one thread may receive at a time (it may be a different thread from call to call,
 * given a happens-before edge between them). Every method, {@code poll} included, claims the
 * receiver on entry, before it touches the queue, and releases it on return: a second thread
 * that calls any of them meanwhile gets {@link IllegalStateException} and changes nothing.
 *
 * <h2>Closed channels</h2>
 * Every notify that returned {@code true} is received before any receive returns
 * {@link #CLOSED}: tokens pending when {@link EventChannel#close()} is called, including those
 * behind a notify still in flight, can still be received. Once the channel is closed <em>and</em>
 * nothing is pending or in flight, a receive returns {@link #CLOSED}; from then on every
 * receive returns {@code CLOSED} at once, even if a notify that raced with {@code close()}
 * (and threw) left a token behind. A receive never blocks on a closed channel beyond the
 * notifies in flight, and {@code close()} wakes a receiver that is waiting. Writes made before
 * {@code close()} are visible to a receiver that has seen {@link #CLOSED}.
 *
 * <h2>Interrupts</h2>
 * Blocking methods act on an interrupt only when they would wait: if tokens are ready they are
 * returned whatever the thread's interrupt status, and the status is left set. A call that
 * would wait, or is waiting, when the thread is interrupted throws
 * {@link InterruptedException} and clears the status, as {@code java.util.concurrent} does.
 * A call that throws has moved no token: {@code events} is empty and every pending token stays
 * pending. The non-blocking {@link #tryRecv} methods and a zero timeout never wait and never
 * look at the interrupt status.
 *
 * <h2>Timeouts</h2>
 * Deadlines are measured with {@link System#nanoTime()}. {@link Duration#ZERO} makes the call
 * behave exactly like {@link #tryRecv}; durations too long to count in nanoseconds (about 292
 * years) are treated as that maximum.
 *
 * <h2>Waiting</h2>
 * How a receive waits (spin, yield, park) is the channel's {@link WaitStrategy}. Parking uses
 * {@link java.util.concurrent.locks.LockSupport} and no monitor, so on a virtual thread the
 * receiver unmounts and frees its carrier while it waits.
 */
public interface Receiver extends Poller {

    /**
     * Returned by every receive method once the channel is closed and no token is pending.
     * Negative, so that it cannot be confused with a count of tokens.
     */
    int CLOSED = -1;

    /**
     * Waits until at least one token is pending, then moves every pending token into
     * {@code events}. The same as {@code recv(events, Integer.MAX_VALUE)}.
     *
     * @param events the batch to fill; it grows as needed
     * @return the number of tokens moved, at least 1; or {@link #CLOSED}
     * @throws NullPointerException  if {@code events} is null
     * @throws InterruptedException  if the thread is interrupted while it would wait; no token
     *     has been moved
     * @throws IllegalStateException if another thread is receiving
     */
    default int recv(Events events) throws InterruptedException {
        return recv(events, Integer.MAX_VALUE);
    }

    /**
     * Waits until at least one token is pending, then moves at most {@code limit} pending
     * tokens into {@code events}.
     *
     * @param events the batch to fill
     * @param limit  the most tokens to move; {@code 0} returns {@code 0} at once
     * @return the number of tokens moved, at least 1 unless {@code limit} is {@code 0}; or
     *     {@link #CLOSED}
     * @throws NullPointerException     if {@code events} is null
     * @throws IllegalArgumentException if {@code limit} is negative
     * @throws InterruptedException     if the thread is interrupted while it would wait; no
     *     token has been moved
     * @throws IllegalStateException    if another thread is receiving
     */
    int recv(Events events, int limit) throws InterruptedException;

    /**
     * Waits at most {@code timeout} until at least one token is pending, then moves every
     * pending token into {@code events}. The same as
     * {@code recv(events, Integer.MAX_VALUE, timeout)}.
     *
     * @param events  the batch to fill
     * @param timeout how long to wait; {@link Duration#ZERO} does not wait
     * @return the number of tokens moved; {@code 0} if the timeout elapsed first; or
     *     {@link #CLOSED}
     * @throws NullPointerException     if {@code events} or {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     * @throws InterruptedException     if the thread is interrupted while it would wait; no
     *     token has been moved
     * @throws IllegalStateException    if another thread is receiving
     */
    default int recv(Events events, Duration timeout) throws InterruptedException {
        return recv(events, Integer.MAX_VALUE, timeout);
    }

    /**
     * Waits at most {@code timeout} until at least one token is pending, then moves at most
     * {@code limit} pending tokens into {@code events}.
     *
     * @param events  the batch to fill
     * @param limit   the most tokens to move; {@code 0} returns {@code 0} at once
     * @param timeout how long to wait; {@link Duration#ZERO} does not wait
     * @return the number of tokens moved; {@code 0} if the timeout elapsed first or
     *     {@code limit} is {@code 0}; or {@link #CLOSED}
     * @throws NullPointerException     if {@code events} or {@code timeout} is null
     * @throws IllegalArgumentException if {@code limit} or {@code timeout} is negative
     * @throws InterruptedException     if the thread is interrupted while it would wait; no
     *     token has been moved
     * @throws IllegalStateException    if another thread is receiving
     */
    int recv(Events events, int limit, Duration timeout) throws InterruptedException;

    /**
     * Moves every pending token into {@code events} without waiting. The same as
     * {@code tryRecv(events, Integer.MAX_VALUE)}.
     *
     * @param events the batch to fill
     * @return the number of tokens moved, possibly {@code 0}; or {@link #CLOSED}
     * @throws NullPointerException  if {@code events} is null
     * @throws IllegalStateException if another thread is receiving
     */
    default int tryRecv(Events events) {
        return tryRecv(events, Integer.MAX_VALUE);
    }

    /**
     * Moves at most {@code limit} pending tokens into {@code events} without waiting.
     *
     * @param events the batch to fill
     * @param limit  the most tokens to move; {@code 0} moves none
     * @return the number of tokens moved, possibly {@code 0}; or {@link #CLOSED}
     * @throws NullPointerException     if {@code events} is null
     * @throws IllegalArgumentException if {@code limit} is negative
     * @throws IllegalStateException    if another thread is receiving
     */
    int tryRecv(Events events, int limit);

    /**
     * A non-blocking receive seen through the {@link Poller} contract: {@link #tryRecv} except
     * that a closed and drained channel reads as permanently empty ({@code 0}), never
     * {@link #CLOSED}, since a poll returns a count. Code that must tell "closed" from "nothing
     * yet" calls {@link #tryRecv} or {@link EventChannel#isClosed()} instead.
     *
     * @param events the batch to fill
     * @param limit  the most tokens to move; {@code 0} moves none
     * @return the number of tokens moved, {@code >= 0}
     * @throws NullPointerException     if {@code events} is null
     * @throws IllegalArgumentException if {@code limit} is negative
     * @throws IllegalStateException    if another thread is receiving
     */
    @Override
    int poll(Events events, int limit);
}
