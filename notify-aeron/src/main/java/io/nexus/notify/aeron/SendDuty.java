package io.nexus.notify.aeron;

import io.aeron.Aeron;
import io.aeron.ExclusivePublication;
import io.aeron.Publication;
import io.aeron.logbuffer.BufferClaim;
import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.value.LatestLongs;
import java.util.Objects;
import org.agrona.CloseHelper;
import org.agrona.MutableDirectBuffer;

/**
 * The sending half shared by {@link LongsPublisher} and {@link TokensPublisher}: an outbox
 * queue that producers notify, and a duty cycle that takes pending tokens from it and sends
 * each one's latest tuple as one message.
 *
 * <p>Implementation notes. Only the duty-cycle thread touches the publication, the batch, the
 * carry position and the per-token arrays; producers touch the outbox (an MPSC queue) and the
 * value slots alone. A token polled from the outbox but refused by Aeron stays in the batch
 * (the carry) and is sent first by the next duty cycle, with the value it has then. A token
 * is sent at most once per version: {@code lastSent[t]} is the version last sent, and a token
 * whose version has not moved is skipped unless a re-send marked it {@code forced}. Readiness
 * (no values) numbers its sends instead, so every send is new.
 */
final class SendDuty {

    static final int SENT = 0;
    static final int BACK_PRESSURED = 1;
    static final int NOT_CONNECTED = 2;
    static final int CONFLATED = 3;
    static final int HEARTBEATS = 4;
    static final int RESENDS = 5;

    private final Aeron aeron;
    private final String channel;
    private final int streamId;
    private final EventQueue outbox;
    private final LatestLongs values;
    private final int capacity;
    private final int width;
    private final int length;
    private final int budget;
    private final long heartbeatNanos;
    private final long refreshNanos;
    private final BufferClaim claim = new BufferClaim();
    private final Events batch;
    private final long[] fields;
    private final long[] lastSent;
    private final boolean[] forced;
    private final Tally tally = new Tally(6);

    private ExclusivePublication publication;
    private int next;
    private boolean wasConnected;
    private long lastMessageNanos;
    private long nextRefreshNanos;
    private IllegalStateException failure;
    private volatile boolean closed;

    /**
     * Creates the outbox and adds the publication.
     *
     * @param width the fields per tuple, or 0 for readiness alone
     */
    SendDuty(Aeron aeron, String channel, int streamId, int capacity, int width,
             PublisherOptions options) {
        this.aeron = Objects.requireNonNull(aeron, "aeron");
        this.channel = Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(options, "options");
        AgronaAccess.check();
        if (width < 0 || width > LatestLongs.MAX_WIDTH) {
            throw new IllegalArgumentException("width must be in [1, " + LatestLongs.MAX_WIDTH
                + "], was " + width);
        }
        if (capacity < 1 || capacity > EventQueue.MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be in [1, "
                + EventQueue.MAX_CAPACITY + "], was " + capacity);
        }
        this.streamId = streamId;
        this.capacity = capacity;
        this.width = width;
        this.length = Wire.length(width);
        this.budget = options.budget();
        this.heartbeatNanos = options.heartbeatNanos();
        this.refreshNanos = options.refreshNanos();
        this.outbox = EventQueue.create(capacity, options.backend());
        this.values = width == 0 ? null : LatestLongs.over(outbox.notifier(), capacity, width);
        this.batch = Events.withCapacity(Math.min(budget, capacity));
        this.fields = new long[width];
        this.lastSent = new long[capacity];
        this.forced = new boolean[capacity];
        this.publication = addPublication();
    }

    private ExclusivePublication addPublication() {
        final ExclusivePublication added = aeron.addExclusivePublication(channel, streamId);
        if (added.maxPayloadLength() < length) {
            added.close();
            throw new IllegalArgumentException("a message of width " + width + " is " + length
                + " bytes, more than the " + added.maxPayloadLength() + " one message of "
                + channel + " can carry; use a smaller width or a larger mtu");
        }
        return added;
    }

    /** The producers' side of the outbox, for {@link TokensPublisher}. */
    EventQueue outbox() {
        return outbox;
    }

    /** The producers' value slots, for {@link LongsPublisher}; null for readiness. */
    LatestLongs values() {
        return values;
    }

    int capacity() {
        return capacity;
    }

    String channel() {
        return channel;
    }

    int streamId() {
        return streamId;
    }

    int sessionId() {
        return publication.sessionId();
    }

    boolean isConnected() {
        return !closed && publication.isConnected();
    }

    boolean isClosed() {
        return closed;
    }

    /** Throws if the publisher is closed; producers call this before they write. */
    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this publisher of " + channel + " stream "
                + streamId + " is closed");
        }
    }

    PublisherCounters counters() {
        return new PublisherCounters(tally.get(SENT), tally.get(BACK_PRESSURED),
            tally.get(NOT_CONNECTED), tally.get(CONFLATED), tally.get(HEARTBEATS),
            tally.get(RESENDS));
    }

    /**
     * One duty cycle: on a new connection marks every written token for a re-send; then sends
     * the carry and at most a budget of tokens from the outbox, stopping at the first refusal;
     * sends a heartbeat if nothing was sent for the heartbeat interval.
     *
     * @return the tuples sent
     */
    int doWork() {
        if (closed) {
            return 0;
        }
        if (failure != null) {
            throw failure;
        }
        final long now = System.nanoTime();
        if (!publication.isConnected()) {
            if (publication.isClosed()) {
                throw fail("was closed (was its Aeron client closed?)");
            }
            wasConnected = false;
            return 0;
        }
        if (!wasConnected) {
            wasConnected = true;
            resendAll(now);
        } else if (refreshNanos > 0 && now - nextRefreshNanos >= 0) {
            resendAll(now);
        }
        if (next == batch.size()) {
            outbox.poller().poll(batch, budget);
            next = 0;
        }
        int sent = 0;
        while (next < batch.size()) {
            final long result = send(batch.index(next));
            if (result < 0) {
                refused(result);
                break;
            }
            next++;
            sent += (int) result;
        }
        if (sent > 0) {
            lastMessageNanos = now;
        } else if (now - lastMessageNanos >= heartbeatNanos && heartbeat()) {
            lastMessageNanos = now;
        }
        return sent;
    }

    /** Sends a token's latest tuple; returns 1 if sent, 0 if unchanged, else Aeron's refusal. */
    private long send(int token) {
        final long version;
        if (values != null) {
            version = values.read(token, fields);
            if (version == lastSent[token] && !forced[token]) {
                return 0;
            }
        } else {
            version = lastSent[token] + 1;
        }
        final long position = publication.tryClaim(length, claim);
        if (position < 0) {
            return position;
        }
        final MutableDirectBuffer buffer = claim.buffer();
        final int offset = claim.offset();
        Wire.putHeader(buffer, offset, Wire.TUPLE, width, token, version);
        Wire.putFields(buffer, offset, fields, width);
        claim.commit();
        if (values != null && version > lastSent[token] + 1) {
            tally.add(CONFLATED, version - lastSent[token] - 1);
        }
        lastSent[token] = version;
        forced[token] = false;
        tally.add(SENT, 1);
        return 1;
    }

    private boolean heartbeat() {
        if (publication.tryClaim(length, claim) < 0) {
            return false;
        }
        final MutableDirectBuffer buffer = claim.buffer();
        final int offset = claim.offset();
        Wire.putHeader(buffer, offset, Wire.HEARTBEAT, width, 0, 0);
        buffer.setMemory(offset + Wire.HEADER, length - Wire.HEADER, (byte) 0);
        claim.commit();
        tally.add(HEARTBEATS, 1);
        return true;
    }

    /**
     * Marks every written token for one more send and queues it, so that a subscriber that
     * joined gets every token's latest tuple.
     */
    private void resendAll(long now) {
        for (int t = 0; t < capacity; t++) {
            if (values != null ? values.version(t) > 0 : lastSent[t] > 0) {
                forced[t] = true;
                outbox.notifier().notify(t);
            }
        }
        nextRefreshNanos = now + refreshNanos;
        tally.add(RESENDS, 1);
    }

    /** Handles a refused claim; the refused token stays first in the carry. */
    private void refused(long result) {
        if (result == Publication.BACK_PRESSURED || result == Publication.ADMIN_ACTION) {
            tally.add(BACK_PRESSURED, 1);
        } else if (result == Publication.NOT_CONNECTED) {
            tally.add(NOT_CONNECTED, 1);
            wasConnected = false;
        } else if (result == Publication.MAX_POSITION_EXCEEDED) {
            // Aeron's advice: close the publication and add a new one. The new session
            // connects afresh, which re-sends every token; subscribers accept a new session.
            CloseHelper.quietClose(publication);
            publication = addPublication();
            wasConnected = false;
        } else if (result == Publication.CLOSED) {
            throw fail("was closed (was its Aeron client closed?)");
        } else {
            throw fail("refused a claim with an unknown code " + result);
        }
    }

    private IllegalStateException fail(String what) {
        failure = new IllegalStateException("the publication of " + channel + " stream "
            + streamId + " " + what + "; this publisher can send nothing more: close it and"
            + " create another on a working Aeron client. Unsent tokens: the outbox's and "
            + (batch.size() - next) + " carried");
        return failure;
    }

    /** Closes the publication; producers' later writes throw. Idempotent. */
    void close() {
        if (!closed) {
            closed = true;
            CloseHelper.quietClose(publication);
        }
    }
}
