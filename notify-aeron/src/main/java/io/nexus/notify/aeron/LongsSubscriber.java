package io.nexus.notify.aeron;

import io.aeron.Aeron;
import io.nexus.notify.value.LatestLongs;
import java.util.Objects;
import org.agrona.concurrent.Agent;

/**
 * Receives the tuples of the {@link LongsPublisher}s of an Aeron channel and stream into a
 * local {@link LatestLongs}, so the consumer reads them with its ordinary {@code Poller} or
 * {@code Receiver} loop.
 *
 * <p>{@link #doWork()} (one thread) reads the subscription at network speed and writes each
 * tuple into {@code into}, which notifies the token on its queue or channel. However slow the
 * consumer, the subscription is drained: updates conflate in {@code into}'s O(capacity) slots,
 * and the network never backs up. The consumer sees each token once per poll, with its latest
 * tuple, and the version of {@code into} counts the tuples applied here.
 *
 * <p><b>Checks.</b> A message of another format version or width, truncated, of an unknown
 * type or for a token outside {@code into}'s capacity is counted
 * ({@link SubscriberCounters#malformed()}) and dropped, with one log line (logger
 * {@code io.nexus.notify.aeron}) for the first from each publisher; it changes no slot. A
 * tuple re-sent for a late joiner that this subscriber has already is skipped.
 *
 * <p><b>Publishers.</b> The {@link PublisherListener} of the options hears on this thread when
 * a publisher joins, goes silent (no message, heartbeats included, for the silence timeout:
 * about a second by default, where Aeron's own image liveness takes ten), speaks again, or
 * leaves. A restarted publisher is a new session and its tuples are applied. Tokens keep their
 * last tuples when their publisher goes.
 */
public final class LongsSubscriber implements Agent, AutoCloseable {

    private final ReceiveDuty duty;
    private final LatestLongs into;
    private final String roleName;

    private LongsSubscriber(ReceiveDuty duty, LatestLongs into) {
        this.duty = duty;
        this.into = into;
        this.roleName = "notify-longs-subscriber:" + duty.channel() + ":" + duty.streamId();
    }

    /**
     * Creates a subscriber with the {@linkplain SubscriberOptions#defaults() default options}.
     * Adds a subscription to {@code aeron}, which the subscriber closes; the client stays the
     * caller's.
     *
     * @param aeron    the Aeron client
     * @param channel  the channel, for example {@code aeron:ipc} or
     *                 {@code aeron:udp?endpoint=localhost:40123}
     * @param streamId the stream
     * @param into     where tuples go; its width must be the publishers' width, its capacity
     *                 at least theirs
     * @return the subscriber
     * @throws NullPointerException  if an argument is null
     * @throws IllegalStateException if the JVM lacks the option Agrona needs
     *     ({@code --add-exports java.base/jdk.internal.misc=ALL-UNNAMED})
     * @throws io.aeron.exceptions.AeronException if Aeron rejects the channel
     */
    public static LongsSubscriber create(Aeron aeron, String channel, int streamId,
                                         LatestLongs into) {
        return create(aeron, channel, streamId, into, SubscriberOptions.defaults());
    }

    /**
     * Creates a subscriber with the given options; otherwise as
     * {@link #create(Aeron, String, int, LatestLongs)}.
     *
     * @param aeron    the Aeron client
     * @param channel  the channel
     * @param streamId the stream
     * @param into     where tuples go
     * @param options  the options
     * @return the subscriber
     * @throws NullPointerException  if an argument is null
     * @throws IllegalStateException if the JVM lacks the option Agrona needs
     * @throws io.aeron.exceptions.AeronException if Aeron rejects the channel
     */
    public static LongsSubscriber create(Aeron aeron, String channel, int streamId,
                                         LatestLongs into, SubscriberOptions options) {
        Objects.requireNonNull(into, "into");
        return new LongsSubscriber(new ReceiveDuty(aeron, channel, streamId, into.capacity(),
            into.width(), into::publish, options), into);
    }

    /**
     * Polls the subscription and applies each tuple into {@code into}; reports publishers
     * joining, going silent and leaving. One thread only.
     *
     * @return the messages and publisher events handled
     * @throws IllegalStateException if {@code into}'s notifier is a closed channel's sender
     *     (the tuple was written, its notify may be lost)
     */
    @Override
    public int doWork() {
        return duty.doWork();
    }

    /**
     * Returns the agent's name.
     *
     * @return {@code notify-longs-subscriber:<channel>:<streamId>}
     */
    @Override
    public String roleName() {
        return roleName;
    }

    /** Closes the subscriber when its {@code AgentRunner} or {@code AgentInvoker} closes. */
    @Override
    public void onClose() {
        close();
    }

    /**
     * Closes the subscription. Call it on the duty-cycle thread, or after the duty cycle
     * stopped. Idempotent; the Aeron client and {@code into} stay open.
     */
    @Override
    public void close() {
        duty.close();
    }

    /**
     * Returns where tuples go.
     *
     * @return the {@code into} given at creation
     */
    public LatestLongs into() {
        return into;
    }

    /**
     * Tells whether at least one publisher is connected.
     *
     * @return {@code true} if the subscription has an image and the subscriber is open
     */
    public boolean isConnected() {
        return duty.isConnected();
    }

    /**
     * Returns the number of publishers connected (Aeron images).
     *
     * @return the image count, 0 once closed
     */
    public int publishers() {
        return duty.publishers();
    }

    /**
     * Returns the endpoint a UDP subscription listens on, with an ephemeral port resolved:
     * subscribe on {@code aeron:udp?endpoint=localhost:0} and hand this to the publishers.
     *
     * @return {@code address:port}, or null for IPC or while not yet resolved
     */
    public String resolvedEndpoint() {
        return duty.resolvedEndpoint();
    }

    /**
     * Returns what the subscriber did so far.
     *
     * @return a snapshot of the counters
     */
    public SubscriberCounters counters() {
        return duty.counters();
    }

    @Override
    public String toString() {
        return "LongsSubscriber[" + duty.channel() + " stream " + duty.streamId() + ", into "
            + into.capacity() + " x " + into.width() + "]";
    }
}
