package io.nexus.notify.channel;

import java.util.Objects;
import org.agrona.concurrent.IdleStrategy;

/**
 * Waits with an Agrona {@link IdleStrategy}, for a receiver that should idle like the rest of
 * an Agrona or Aeron application. Needs {@code org.agrona:agrona} on the class path (an
 * optional dependency of this module).
 *
 * <pre>{@code
 * EventChannel channel = EventChannel.create(1024, null,
 *     AgronaWaitStrategy.of(new BackoffIdleStrategy()));
 * }</pre>
 *
 * <p>Every idle step runs inside the channel's park protocol: the receiver publishes itself as
 * parked and checks the queue before it calls {@link IdleStrategy#idle()}, so a sender that
 * makes a token pending unparks it, and a {@code parkNanos} inside the Agrona strategy ends at
 * once. Nothing the Agrona strategy does can lose a wake-up. The price is on the sender side
 * while the receiver idles: the first notify after the receiver went idle pays for an unpark
 * even if the Agrona strategy is only spinning. For a receiver that should spin, prefer
 * {@link WaitStrategy#busySpin()}, which costs senders nothing.
 *
 * <p>Agrona's sleeping strategies ({@code SleepingMillisIdleStrategy},
 * {@code SleepingIdleStrategy}, and the park phase of {@code BackoffIdleStrategy}) are not
 * run as they are: the adapter reads their periods and parks for each sleep itself, through
 * the channel's park protocol. So a notify, {@code close()} and the deadline of a timed
 * receive end such a sleep at once (inside Agrona, {@code Thread.sleep} ignores an unpark,
 * and no Agrona sleep knows the deadline), and in Backoff's spin and yield phases the
 * receiver does not publish itself as parked, so senders pay nothing for it.
 *
 * <p>Other strategies are run as they are. Agrona's strategies keep state between calls, so
 * give each channel its own: the wrapped strategy is {@linkplain IdleStrategy#reset() reset}
 * at the start of every receive's wait. With a strategy of one's own that sleeps, a timed
 * receive can overrun its deadline by one of its sleeps.
 */
public final class AgronaWaitStrategy implements WaitStrategy {

    private final IdleStrategy idleStrategy;
    /** The timed parks that replace a sleeping Agrona strategy; {@code null}: run it as is. */
    private final WaitStrategy timedParks;

    private AgronaWaitStrategy(IdleStrategy idleStrategy) {
        this.idleStrategy = idleStrategy;
        this.timedParks = AgronaTimedParks.of(idleStrategy);
    }

    /**
     * Wraps an Agrona idle strategy.
     *
     * @param idleStrategy the strategy to idle with; use it for one channel only
     * @return a wait strategy that idles with {@code idleStrategy}
     * @throws NullPointerException if {@code idleStrategy} is null
     */
    public static AgronaWaitStrategy of(IdleStrategy idleStrategy) {
        return new AgronaWaitStrategy(Objects.requireNonNull(idleStrategy, "idleStrategy"));
    }

    /**
     * For a sleeping Agrona strategy, the same phases as timed parks: retry while it would spin
     * or yield, then its sleep period. For any other, resets the Agrona strategy at the start
     * of a wait, then asks to go through the park protocol every time, so that
     * {@link #park(Object, long)} runs the Agrona idle step.
     *
     * @param idleCount the number of earlier calls in this receive
     * @return {@link #RETRY}, a time to park, or {@link #PARK}
     */
    @Override
    public long idle(int idleCount) {
        if (timedParks != null) {
            return timedParks.idle(idleCount);
        }
        if (idleCount == 0) {
            idleStrategy.reset();
        }
        return PARK;
    }

    /**
     * For a sleeping Agrona strategy, parks for {@code nanos} (its sleep, bounded by the
     * receive's deadline); an unpark ends the park. For any other, runs one idle step of the
     * Agrona strategy, which spins, yields or sleeps as it decides; an unpark from a sender
     * ends a {@code parkNanos} early.
     *
     * @param blocker the channel, for a timed park; otherwise ignored
     * @param nanos   how long to park, for a timed park; otherwise ignored
     */
    @Override
    public void park(Object blocker, long nanos) {
        if (timedParks != null) {
            timedParks.park(blocker, nanos);
        } else {
            idleStrategy.idle();
        }
    }

    /**
     * Describes the strategy.
     *
     * @return for example {@code WaitStrategy[agrona backoff]}
     */
    @Override
    public String toString() {
        return "WaitStrategy[agrona " + idleStrategy.alias() + "]";
    }
}
