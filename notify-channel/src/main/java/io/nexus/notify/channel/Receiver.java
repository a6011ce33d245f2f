package io.nexus.notify.channel;

import io.nexus.notify.Events;
import java.time.Duration;

/**
 * The consuming side of an {@link EventChannel}: learns which tokens are ready, waiting for
 * one if needed.
 *
 * <p>Every method clears {@code events}, then moves pending tokens into it, oldest first, each
 * once, and re-arms them so that a later notify queues them again. The {@code limit} variants
 * move at most {@code limit} tokens and leave the rest queued, in order, for the next call;
 * their cost is bounded by {@code limit}. A {@code limit} of {@code 0} asks for nothing: the
 * call returns {@code 0} at once without waiting, open or closed.
 *
 * <h2>Single consumer</h2>
 * Exactly one thread may receive at a time (it may be a different thread from call to call,
 * given a happens-before edge between them). A second thread found waiting at the same time
 * is rejected with {@link IllegalStateException}; other concurrent use is not detected and
 * breaks the queue's guarantees.
 *
 * <h2>Closed channels</h2>
 * Tokens pending when {@link EventChannel#close()} is called can still be received. Once the
 * channel is closed <em>and</em> nothing is pending, every method returns {@link #CLOSED} at
 * once: a receive never blocks on a closed channel, and {@code close()} wakes a receiver that
 * is waiting. Writes made before {@code close()} are visible to a receiver that has seen
 * {@link #CLOSED}.
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
public interface Receiver {

    /**
     * Returned by every receive method once the channel is closed and no token is pending.
     * Negative, so that it cannot be confused with a count of tokens.
     */
    int CLOSED = -1;

    /**
     * Waits until at least one token is pending, then moves every pending token into
     * {@code events}.
     *
     * @param events the buffer to fill; it grows as needed and never drops a token
     * @return the number of tokens moved, at least 1; or {@link #CLOSED}
     * @throws NullPointerException  if {@code events} is null
     * @throws InterruptedException  if the thread is interrupted while it would wait; no token
     *     has been moved
     * @throws IllegalStateException if another thread is waiting on this receiver
     */
    int recv(Events events) throws InterruptedException;

    /**
     * Waits until at least one token is pending, then moves at most {@code limit} pending
     * tokens into {@code events}.
     *
     * @param events the buffer to fill
     * @param limit  the most tokens to move; {@code 0} returns {@code 0} at once
     * @return the number of tokens moved, at least 1 unless {@code limit} is {@code 0}; or
     *     {@link #CLOSED}
     * @throws NullPointerException     if {@code events} is null
     * @throws IllegalArgumentException if {@code limit} is negative
     * @throws InterruptedException     if the thread is interrupted while it would wait; no
     *     token has been moved
     * @throws IllegalStateException    if another thread is waiting on this receiver
     */
    int recv(Events events, int limit) throws InterruptedException;

    /**
     * Waits at most {@code timeout} until at least one token is pending, then moves every
     * pending token into {@code events}.
     *
     * @param events  the buffer to fill
     * @param timeout how long to wait; {@link Duration#ZERO} does not wait
     * @return the number of tokens moved; {@code 0} if the timeout elapsed first; or
     *     {@link #CLOSED}
     * @throws NullPointerException     if {@code events} or {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     * @throws InterruptedException     if the thread is interrupted while it would wait; no
     *     token has been moved
     * @throws IllegalStateException    if another thread is waiting on this receiver
     */
    int recv(Events events, Duration timeout) throws InterruptedException;

    /**
     * Waits at most {@code timeout} until at least one token is pending, then moves at most
     * {@code limit} pending tokens into {@code events}.
     *
     * @param events  the buffer to fill
     * @param limit   the most tokens to move; {@code 0} returns {@code 0} at once
     * @param timeout how long to wait; {@link Duration#ZERO} does not wait
     * @return the number of tokens moved; {@code 0} if the timeout elapsed first or
     *     {@code limit} is {@code 0}; or {@link #CLOSED}
     * @throws NullPointerException     if {@code events} or {@code timeout} is null
     * @throws IllegalArgumentException if {@code limit} or {@code timeout} is negative
     * @throws InterruptedException     if the thread is interrupted while it would wait; no
     *     token has been moved
     * @throws IllegalStateException    if another thread is waiting on this receiver
     */
    int recv(Events events, int limit, Duration timeout) throws InterruptedException;

    /**
     * Moves every pending token into {@code events} without waiting.
     *
     * @param events the buffer to fill
     * @return the number of tokens moved, possibly {@code 0}; or {@link #CLOSED}
     * @throws NullPointerException if {@code events} is null
     */
    int tryRecv(Events events);

    /**
     * Moves at most {@code limit} pending tokens into {@code events} without waiting.
     *
     * @param events the buffer to fill
     * @param limit  the most tokens to move; {@code 0} moves none
     * @return the number of tokens moved, possibly {@code 0}; or {@link #CLOSED}
     * @throws NullPointerException     if {@code events} is null
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    int tryRecv(Events events, int limit);
}
