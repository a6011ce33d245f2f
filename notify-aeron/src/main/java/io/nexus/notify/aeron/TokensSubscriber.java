package io.nexus.notify.aeron;

import io.aeron.Aeron;
import io.nexus.notify.Notifier;
import java.util.Objects;
import org.agrona.concurrent.Agent;

/**
 * Receives the tokens of the {@link TokensPublisher}s of an Aeron channel and stream and
 * notifies each on a local {@link Notifier}: a queue's notifier or a channel's sender. The
 * checks, the handling of publishers coming and going and the counters are those of
 * {@link LongsSubscriber}.
 */
public final class TokensSubscriber implements Agent, AutoCloseable {

    private final ReceiveDuty duty;
    private final String roleName;

    private TokensSubscriber(ReceiveDuty duty) {
        this.duty = duty;
        this.roleName = "notify-tokens-subscriber:" + duty.channel() + ":" + duty.streamId();
    }

    /**
     * Creates a subscriber with the {@linkplain SubscriberOptions#defaults() default options}.
     *
     * @param aeron    the Aeron client; stays the caller's
     * @param channel  the channel
     * @param streamId the stream
     * @param into     the notifier the tokens go to; its capacity at least the publishers'
     * @return the subscriber
     * @throws NullPointerException  if an argument is null
     * @throws IllegalStateException if the JVM lacks the option Agrona needs
     * @throws io.aeron.exceptions.AeronException if Aeron rejects the channel
     */
    public static TokensSubscriber create(Aeron aeron, String channel, int streamId,
                                          Notifier into) {
        return create(aeron, channel, streamId, into, SubscriberOptions.defaults());
    }

    /**
     * Creates a subscriber with the given options.
     *
     * @param aeron    the Aeron client; stays the caller's
     * @param channel  the channel
     * @param streamId the stream
     * @param into     the notifier the tokens go to
     * @param options  the options
     * @return the subscriber
     * @throws NullPointerException  if an argument is null
     * @throws IllegalStateException if the JVM lacks the option Agrona needs
     * @throws io.aeron.exceptions.AeronException if Aeron rejects the channel
     */
    public static TokensSubscriber create(Aeron aeron, String channel, int streamId,
                                          Notifier into, SubscriberOptions options) {
        Objects.requireNonNull(into, "into");
        return new TokensSubscriber(new ReceiveDuty(aeron, channel, streamId, into.capacity(),
            0, (token, fields) -> into.notify(token), options));
    }

    /**
     * Polls the subscription and notifies each token received. One thread only.
     *
     * @return the messages and publisher events handled
     * @throws IllegalStateException if {@code into} is a closed channel's sender
     */
    @Override
    public int doWork() {
        return duty.doWork();
    }

    /**
     * Returns the agent's name.
     *
     * @return {@code notify-tokens-subscriber:<channel>:<streamId>}
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

    /** Closes the subscription; idempotent. Call it on the duty-cycle thread or after. */
    @Override
    public void close() {
        duty.close();
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
     * Returns the endpoint a UDP subscription listens on, its ephemeral port resolved.
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
        return "TokensSubscriber[" + duty.channel() + " stream " + duty.streamId() + "]";
    }
}
