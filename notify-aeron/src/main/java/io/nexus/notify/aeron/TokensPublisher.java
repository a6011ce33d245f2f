package io.nexus.notify.aeron;

import io.aeron.Aeron;
import io.nexus.notify.Notifier;
import org.agrona.concurrent.Agent;

/**
 * A {@link Notifier} whose tokens reach the {@link TokensSubscriber}s of an Aeron channel and
 * stream: readiness alone, no values. Code written against {@code Notifier} can be handed one.
 *
 * <p>{@link #notify(int)} may be called from any thread: it notifies a local queue (the
 * outbox), conflating as any notifier does, and never touches Aeron or blocks.
 * {@link #doWork()} (one thread) sends each pending token as one message, as
 * {@link LongsPublisher} does, with the same handling of back-pressure, new connections
 * (every token notified so far is sent again), heartbeats and a closed publication. A token
 * sent again to a late joiner may reach a connected subscriber a second time: a spurious
 * event, which the notify contract allows.
 */
public final class TokensPublisher implements Notifier, Agent, AutoCloseable {

    private final SendDuty duty;
    private final Notifier outbox;
    private final String roleName;

    private TokensPublisher(SendDuty duty) {
        this.duty = duty;
        this.outbox = duty.outbox().notifier();
        this.roleName = "notify-tokens-publisher:" + duty.channel() + ":" + duty.streamId();
    }

    /**
     * Creates a publisher with the {@linkplain PublisherOptions#defaults() default options}.
     *
     * @param aeron    the Aeron client; stays the caller's
     * @param channel  the channel
     * @param streamId the stream
     * @param capacity the number of tokens, {@code [0, capacity)}
     * @return the publisher
     * @throws NullPointerException     if {@code aeron} or {@code channel} is null
     * @throws IllegalArgumentException if {@code capacity} is out of range
     * @throws IllegalStateException    if the JVM lacks the option Agrona needs
     * @throws io.aeron.exceptions.AeronException if Aeron rejects the channel
     */
    public static TokensPublisher create(Aeron aeron, String channel, int streamId,
                                         int capacity) {
        return create(aeron, channel, streamId, capacity, PublisherOptions.defaults());
    }

    /**
     * Creates a publisher with the given options.
     *
     * @param aeron    the Aeron client; stays the caller's
     * @param channel  the channel
     * @param streamId the stream
     * @param capacity the number of tokens
     * @param options  the options
     * @return the publisher
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code capacity} is out of range
     * @throws IllegalStateException    if the JVM lacks the option Agrona needs
     * @throws io.aeron.exceptions.AeronException if Aeron rejects the channel
     */
    public static TokensPublisher create(Aeron aeron, String channel, int streamId,
                                         int capacity, PublisherOptions options) {
        return new TokensPublisher(new SendDuty(aeron, channel, streamId, capacity, 0,
            options));
    }

    /**
     * Marks a token for sending. Any thread; never blocks.
     *
     * @param token the token
     * @return {@code true} if the token became pending, {@code false} if it was pending
     * @throws IndexOutOfBoundsException if {@code token} is out of range; nothing changed
     * @throws IllegalStateException     if the publisher is closed; nothing changed
     */
    @Override
    public boolean notify(int token) {
        duty.checkOpen();
        return outbox.notify(token);
    }

    /**
     * Returns the number of tokens.
     *
     * @return the capacity
     */
    @Override
    public int capacity() {
        return duty.capacity();
    }

    /**
     * Sends the pending tokens, as {@link LongsPublisher#doWork()} does. One thread only.
     *
     * @return the number of tokens sent
     * @throws IllegalStateException if the publication was closed under the publisher
     */
    @Override
    public int doWork() {
        return duty.doWork();
    }

    /**
     * Returns the agent's name.
     *
     * @return {@code notify-tokens-publisher:<channel>:<streamId>}
     */
    @Override
    public String roleName() {
        return roleName;
    }

    /** Closes the publisher when its {@code AgentRunner} or {@code AgentInvoker} closes. */
    @Override
    public void onClose() {
        close();
    }

    /**
     * Closes the publication; pending tokens are not sent, later notifies throw. Call it on
     * the duty-cycle thread or after the duty cycle stopped. Idempotent.
     */
    @Override
    public void close() {
        duty.close();
    }

    /**
     * Tells whether at least one subscriber is connected.
     *
     * @return {@code true} if the publication is connected and the publisher open
     */
    public boolean isConnected() {
        return duty.isConnected();
    }

    /**
     * Returns the session id subscribers see for this publisher.
     *
     * @return the current publication's session id
     */
    public int sessionId() {
        return duty.sessionId();
    }

    /**
     * Returns what the publisher did so far.
     *
     * @return a snapshot of the counters ({@code conflated} is not counted for readiness)
     */
    public PublisherCounters counters() {
        return duty.counters();
    }

    @Override
    public String toString() {
        return "TokensPublisher[" + duty.channel() + " stream " + duty.streamId()
            + ", capacity " + duty.capacity() + "]";
    }
}
