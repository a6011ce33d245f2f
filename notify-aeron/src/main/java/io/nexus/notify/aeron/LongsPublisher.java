package io.nexus.notify.aeron;

import io.aeron.Aeron;
import io.nexus.notify.value.LatestLongs;
import org.agrona.concurrent.Agent;

/**
 * Sends the latest tuple of {@code long} fields of each token to every
 * {@link LongsSubscriber} of an Aeron channel and stream, conflated: producers never block,
 * and N updates of a token between two duty cycles are one message.
 *
 * <p><b>Producers.</b> {@code publish} may be called from any thread. It writes the tuple into
 * a local {@link LatestLongs} over a local queue (the outbox) and never touches Aeron, so it
 * never blocks and never fails for the network's sake. It returns what the outbox's notify
 * returned: {@code true} if the token became pending, {@code false} if the update was
 * conflated into one already pending.
 *
 * <p><b>Duty cycle.</b> {@link #doWork()} (one thread; an {@code AgentRunner} or your own loop)
 * takes at most a budget of pending tokens from the outbox, oldest first, and sends each
 * one's latest tuple with {@code tryClaim}, one fixed-length message per tuple. A token whose
 * version has not moved since it was last sent is not sent again. When Aeron answers
 * {@code BACK_PRESSURED}, {@code ADMIN_ACTION} or {@code NOT_CONNECTED}, the unsent tokens stay
 * pending and are sent by a later duty cycle with the values they have then, and updates keep
 * conflating: nothing is lost and producers never wait. On {@code MAX_POSITION_EXCEEDED} the
 * publisher replaces its publication (a new session, which subscribers accept) and re-sends
 * every token. On {@code CLOSED} (its Aeron client was closed) {@code doWork} throws an
 * {@link IllegalStateException} from then on; close the publisher.
 *
 * <p><b>Subscribers that join.</b> When the publication becomes connected (a first subscriber,
 * or one after none) every written token is sent again, so a late subscriber gets every
 * token's latest tuple; {@link PublisherOptions#withRefreshInterval} re-sends periodically for
 * subscribers that join while others are connected. An idle connected publisher sends a
 * heartbeat every {@link PublisherOptions#heartbeatInterval()}, so subscribers notice a dead one
 * within their silence timeout.
 *
 * <p><b>Ordering.</b> Subscribers apply one publisher's tuples in the order sent. Give each
 * token one owner: of two publishers writing one token, the last arrival wins.
 */
public final class LongsPublisher implements Agent, AutoCloseable {

    private final SendDuty duty;
    private final LatestLongs values;
    private final String roleName;

    private LongsPublisher(SendDuty duty) {
        this.duty = duty;
        this.values = duty.values();
        this.roleName = "notify-longs-publisher:" + duty.channel() + ":" + duty.streamId();
    }

    /**
     * Creates a publisher with the {@linkplain PublisherOptions#defaults() default options}.
     * Adds an exclusive publication to {@code aeron}, which the publisher closes; the client
     * stays the caller's.
     *
     * @param aeron    the Aeron client
     * @param channel  the channel, for example {@code aeron:ipc} or
     *                 {@code aeron:udp?endpoint=localhost:40123}
     * @param streamId the stream
     * @param capacity the number of tokens, {@code [0, capacity)}
     * @param width    the fields per tuple, in {@code [1, LatestLongs.MAX_WIDTH]}
     * @return the publisher
     * @throws NullPointerException     if {@code aeron} or {@code channel} is null
     * @throws IllegalArgumentException if {@code capacity} or {@code width} is out of range
     * @throws IllegalStateException    if the JVM lacks the option Agrona needs
     *     ({@code --add-exports java.base/jdk.internal.misc=ALL-UNNAMED})
     * @throws io.aeron.exceptions.AeronException if Aeron rejects the channel
     */
    public static LongsPublisher create(Aeron aeron, String channel, int streamId,
                                        int capacity, int width) {
        return create(aeron, channel, streamId, capacity, width, PublisherOptions.defaults());
    }

    /**
     * Creates a publisher with the given options; otherwise as
     * {@link #create(Aeron, String, int, int, int)}.
     *
     * @param aeron    the Aeron client
     * @param channel  the channel
     * @param streamId the stream
     * @param capacity the number of tokens
     * @param width    the fields per tuple, in {@code [1, LatestLongs.MAX_WIDTH]}
     * @param options  the options
     * @return the publisher
     * @throws NullPointerException     if {@code aeron}, {@code channel} or {@code options} is
     *     null
     * @throws IllegalArgumentException if {@code capacity} or {@code width} is out of range
     * @throws IllegalStateException    if the JVM lacks the option Agrona needs
     * @throws io.aeron.exceptions.AeronException if Aeron rejects the channel
     */
    public static LongsPublisher create(Aeron aeron, String channel, int streamId,
                                        int capacity, int width, PublisherOptions options) {
        if (width < 1 || width > LatestLongs.MAX_WIDTH) {
            throw new IllegalArgumentException("width must be in [1, " + LatestLongs.MAX_WIDTH
                + "], was " + width);
        }
        return new LongsPublisher(new SendDuty(aeron, channel, streamId, capacity, width,
            options));
    }

    /**
     * Writes a one-field tuple for sending. Any thread; never blocks.
     *
     * @param token the token
     * @param f0    field 0
     * @return {@code true} if the token became pending, {@code false} if conflated
     * @throws IndexOutOfBoundsException if {@code token} is out of range; nothing changed
     * @throws IllegalArgumentException  if the width is not 1; nothing changed
     * @throws IllegalStateException     if the publisher is closed; nothing changed
     */
    public boolean publish(int token, long f0) {
        duty.checkOpen();
        return values.publish(token, f0);
    }

    /**
     * Writes a two-field tuple for sending. Any thread; never blocks.
     *
     * @param token the token
     * @param f0    field 0
     * @param f1    field 1
     * @return {@code true} if the token became pending, {@code false} if conflated
     * @throws IndexOutOfBoundsException if {@code token} is out of range; nothing changed
     * @throws IllegalArgumentException  if the width is not 2; nothing changed
     * @throws IllegalStateException     if the publisher is closed; nothing changed
     */
    public boolean publish(int token, long f0, long f1) {
        duty.checkOpen();
        return values.publish(token, f0, f1);
    }

    /**
     * Writes a three-field tuple for sending. Any thread; never blocks.
     *
     * @param token the token
     * @param f0    field 0
     * @param f1    field 1
     * @param f2    field 2
     * @return {@code true} if the token became pending, {@code false} if conflated
     * @throws IndexOutOfBoundsException if {@code token} is out of range; nothing changed
     * @throws IllegalArgumentException  if the width is not 3; nothing changed
     * @throws IllegalStateException     if the publisher is closed; nothing changed
     */
    public boolean publish(int token, long f0, long f1, long f2) {
        duty.checkOpen();
        return values.publish(token, f0, f1, f2);
    }

    /**
     * Writes a four-field tuple for sending. Any thread; never blocks.
     *
     * @param token the token
     * @param f0    field 0
     * @param f1    field 1
     * @param f2    field 2
     * @param f3    field 3
     * @return {@code true} if the token became pending, {@code false} if conflated
     * @throws IndexOutOfBoundsException if {@code token} is out of range; nothing changed
     * @throws IllegalArgumentException  if the width is not 4; nothing changed
     * @throws IllegalStateException     if the publisher is closed; nothing changed
     */
    public boolean publish(int token, long f0, long f1, long f2, long f3) {
        duty.checkOpen();
        return values.publish(token, f0, f1, f2, f3);
    }

    /**
     * Writes a tuple of any width from an array for sending. Any thread; never blocks.
     *
     * @param token  the token
     * @param values the fields, exactly {@link #width()} of them
     * @return {@code true} if the token became pending, {@code false} if conflated
     * @throws IndexOutOfBoundsException if {@code token} is out of range; nothing changed
     * @throws NullPointerException      if {@code values} is null; nothing changed
     * @throws IllegalArgumentException  if {@code values.length} is not the width; nothing
     *     changed
     * @throws IllegalStateException     if the publisher is closed; nothing changed
     */
    public boolean publish(int token, long[] values) {
        duty.checkOpen();
        return this.values.publish(token, values);
    }

    /**
     * Sends the pending tokens' latest tuples: the ones a refusal left over first, then at
     * most the budget from the outbox, oldest first, until Aeron refuses one. Sends a
     * heartbeat instead when connected and idle for the heartbeat interval. One thread only.
     *
     * @return the number of tuples sent
     * @throws IllegalStateException if the publication was closed under the publisher
     */
    @Override
    public int doWork() {
        return duty.doWork();
    }

    /**
     * Returns the agent's name.
     *
     * @return {@code notify-longs-publisher:<channel>:<streamId>}
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
     * Closes the publication. Pending tokens are not sent; later {@code publish} calls throw.
     * Call it on the duty-cycle thread, or after the duty cycle stopped (closing the agent's
     * {@code AgentRunner} does that). Idempotent; the Aeron client stays open.
     */
    @Override
    public void close() {
        duty.close();
    }

    /**
     * Returns the number of tokens.
     *
     * @return the capacity
     */
    public int capacity() {
        return duty.capacity();
    }

    /**
     * Returns the fields per tuple.
     *
     * @return the width
     */
    public int width() {
        return values.width();
    }

    /**
     * Returns the channel.
     *
     * @return the channel as given
     */
    public String channel() {
        return duty.channel();
    }

    /**
     * Returns the stream.
     *
     * @return the stream id
     */
    public int streamId() {
        return duty.streamId();
    }

    /**
     * Returns the session id subscribers see for this publisher; a replaced publication has a
     * new one.
     *
     * @return the current publication's session id
     */
    public int sessionId() {
        return duty.sessionId();
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
     * Tells whether {@link #close()} was called.
     *
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        return duty.isClosed();
    }

    /**
     * Returns what the publisher did so far.
     *
     * @return a snapshot of the counters
     */
    public PublisherCounters counters() {
        return duty.counters();
    }

    @Override
    public String toString() {
        return "LongsPublisher[" + duty.channel() + " stream " + duty.streamId() + ", capacity "
            + duty.capacity() + ", width " + values.width() + "]";
    }
}
