package io.nexus.notify.aeron;

import io.aeron.Aeron;
import io.aeron.Image;
import io.aeron.Subscription;
import io.aeron.logbuffer.FragmentHandler;
import io.aeron.logbuffer.Header;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.agrona.CloseHelper;
import org.agrona.DirectBuffer;
import org.agrona.collections.Int2ObjectHashMap;

/**
 * The receiving half shared by {@link LongsSubscriber} and {@link TokensSubscriber}: a duty
 * cycle that polls the subscription, checks each message and applies each tuple to a
 * {@link Sink}, and tracks the publishers (images) of the stream.
 *
 * <p>Implementation notes. Aeron calls the image handlers on its client conductor thread; they
 * only queue the event, and the duty cycle reports it, so every listener call and every field
 * here is on the duty-cycle thread. A tuple is skipped when the same session already delivered
 * that version of the token (a re-send for a late joiner); any other session's tuple is
 * applied, so a restarted publisher (a new session, versions from 1 again) is never taken for
 * an old one, and of two publishers writing one token the last arrival wins.
 */
final class ReceiveDuty implements FragmentHandler {

    /** Where applied tuples go. */
    interface Sink {
        /**
         * Applies a token's tuple.
         *
         * @param token  the token, in range
         * @param fields the fields, {@code width} of them
         */
        void apply(int token, long[] fields);
    }

    static final int APPLIED = 0;
    static final int DUPLICATES = 1;
    static final int HEARTBEATS = 2;
    static final int MALFORMED = 3;
    static final int JOINED = 4;
    static final int SILENT = 5;
    static final int LEFT = 6;

    private static final System.Logger LOG = System.getLogger("io.nexus.notify.aeron");

    /** A publisher as the duty cycle tracks it. */
    private static final class Session {
        final PublisherInfo info;
        long lastSeenNanos;
        boolean announced;
        boolean silent;
        boolean warned;

        Session(PublisherInfo info, long now) {
            this.info = info;
            this.lastSeenNanos = now;
        }
    }

    /** An image event, queued by Aeron's conductor thread for the duty cycle. */
    private record ImageEvent(boolean available, int sessionId, String source) {
    }

    private final String channel;
    private final int streamId;
    private final int capacity;
    private final int width;
    private final int length;
    private final Sink sink;
    private final int fragmentLimit;
    private final long silenceNanos;
    private final PublisherListener listener;
    private final long[] fields;
    private final int[] lastSession;
    private final long[] lastVersion;
    private final Int2ObjectHashMap<Session> sessions = new Int2ObjectHashMap<>();
    private final ConcurrentLinkedQueue<ImageEvent> imageEvents = new ConcurrentLinkedQueue<>();
    private final Tally tally = new Tally(7);
    private final Subscription subscription;

    private long now;
    private long nextSilenceCheckNanos;
    private RuntimeException failure;
    private volatile boolean closed;

    /**
     * Adds the subscription.
     *
     * @param width the fields per tuple, or 0 for readiness alone
     */
    ReceiveDuty(Aeron aeron, String channel, int streamId, int capacity, int width, Sink sink,
                SubscriberOptions options) {
        Objects.requireNonNull(aeron, "aeron");
        this.channel = Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(options, "options");
        AgronaAccess.check();
        this.streamId = streamId;
        this.capacity = capacity;
        this.width = width;
        this.length = Wire.length(width);
        this.sink = sink;
        this.fragmentLimit = options.fragmentLimit();
        this.silenceNanos = options.silenceNanos();
        this.listener = options.listener();
        this.fields = new long[width];
        this.lastSession = new int[capacity];
        this.lastVersion = new long[capacity];
        this.subscription = aeron.addSubscription(channel, streamId,
            image -> imageEvents.add(new ImageEvent(true, image.sessionId(),
                image.sourceIdentity())),
            image -> imageEvents.add(new ImageEvent(false, image.sessionId(),
                image.sourceIdentity())));
    }

    String channel() {
        return channel;
    }

    int streamId() {
        return streamId;
    }

    boolean isConnected() {
        return !closed && subscription.isConnected();
    }

    int publishers() {
        return closed ? 0 : subscription.imageCount();
    }

    String resolvedEndpoint() {
        return subscription.resolvedEndpoint();
    }

    boolean isClosed() {
        return closed;
    }

    SubscriberCounters counters() {
        return new SubscriberCounters(tally.get(APPLIED), tally.get(DUPLICATES),
            tally.get(HEARTBEATS), tally.get(MALFORMED), tally.get(JOINED), tally.get(SILENT),
            tally.get(LEFT));
    }

    /**
     * One duty cycle: reports image events, reads at most the fragment limit of messages,
     * and reports publishers silent for the silence timeout.
     *
     * @return the image events and messages handled
     */
    int doWork() {
        if (closed) {
            return 0;
        }
        now = System.nanoTime();
        int work = reportImageEvents();
        work += subscription.poll(this, fragmentLimit);
        final RuntimeException failed = failure;
        if (failed != null) {
            failure = null;
            throw failed;
        }
        if (now - nextSilenceCheckNanos >= 0) {
            nextSilenceCheckNanos = now + Math.max(1, silenceNanos / 8);
            checkSilence();
        }
        return work;
    }

    private int reportImageEvents() {
        int n = 0;
        ImageEvent event;
        while ((event = imageEvents.poll()) != null) {
            n++;
            if (event.available()) {
                announce(session(event.sessionId(), event.source()));
            } else {
                final Session session = sessions.remove(event.sessionId());
                tally.add(LEFT, 1);
                listener.left(session != null ? session.info
                    : new PublisherInfo(event.sessionId(), event.source()));
            }
        }
        return n;
    }

    private Session session(int sessionId, String source) {
        Session session = sessions.get(sessionId);
        if (session == null) {
            session = new Session(new PublisherInfo(sessionId, source), now);
            sessions.put(sessionId, session);
        }
        return session;
    }

    /**
     * Reports a publisher's joining once: on its image event, or on its first message if
     * that comes first (Aeron may hand over the image's messages before the event).
     */
    private void announce(Session session) {
        if (!session.announced) {
            session.announced = true;
            tally.add(JOINED, 1);
            listener.joined(session.info);
        }
    }

    private void checkSilence() {
        for (Session session : sessions.values()) {
            if (!session.silent && now - session.lastSeenNanos > silenceNanos) {
                session.silent = true;
                tally.add(SILENT, 1);
                listener.silent(session.info);
            }
        }
    }

    /**
     * Checks one message and applies it; a malformed one is counted and dropped.
     *
     * @param buffer the message's buffer
     * @param offset where the message starts
     * @param length its length
     * @param header Aeron's frame header (the session)
     */
    @Override
    public void onFragment(DirectBuffer buffer, int offset, int length, Header header) {
        try {
            handle(buffer, offset, length, header.sessionId());
        } catch (RuntimeException e) {
            // Aeron's poll would hand it to the client's error handler and go on; keep the
            // first for doWork to throw, as its callers are told.
            if (failure == null) {
                failure = e;
            }
        }
    }

    private void handle(DirectBuffer buffer, int offset, int length, int sessionId) {
        Session session = sessions.get(sessionId);
        if (session == null) {
            final Image image = subscription.imageBySessionId(sessionId);
            session = session(sessionId, image != null ? image.sourceIdentity() : "unknown");
            announce(session);
        }
        session.lastSeenNanos = now;
        if (session.silent) {
            session.silent = false;
            listener.resumed(session.info);
        }
        final String problem = problem(buffer, offset, length);
        if (problem != null) {
            malformed(session, problem);
            return;
        }
        if (Wire.type(buffer, offset) == Wire.HEARTBEAT) {
            tally.add(HEARTBEATS, 1);
            return;
        }
        final int token = Wire.token(buffer, offset);
        final long version = Wire.version(buffer, offset);
        if (lastSession[token] == sessionId && version <= lastVersion[token]) {
            tally.add(DUPLICATES, 1);
            return;
        }
        Wire.getFields(buffer, offset, fields, width);
        lastSession[token] = sessionId;
        lastVersion[token] = version;
        tally.add(APPLIED, 1);
        sink.apply(token, fields);
    }

    /** Returns what is wrong with a message, or null if it is well formed. */
    private String problem(DirectBuffer buffer, int offset, int length) {
        if (length < Wire.HEADER) {
            return "truncated: " + length + " bytes, shorter than the " + Wire.HEADER
                + "-byte header";
        }
        final int format = Wire.format(buffer, offset);
        if (format != Wire.FORMAT) {
            return "format version " + format + ", this subscriber reads version " + Wire.FORMAT;
        }
        final int sent = Wire.width(buffer, offset);
        if (sent != width) {
            return "width " + sent + ", this subscriber expects width " + width;
        }
        if (length != this.length) {
            return "length " + length + " bytes, width " + width + " makes " + this.length;
        }
        final int type = Wire.type(buffer, offset);
        if (type == Wire.HEARTBEAT) {
            return null;
        }
        if (type != Wire.TUPLE) {
            return "unknown type " + type;
        }
        final int token = Wire.token(buffer, offset);
        if (token < 0 || token >= capacity) {
            return "token " + token + " out of range [0, " + capacity + ")";
        }
        return null;
    }

    private void malformed(Session session, String problem) {
        tally.add(MALFORMED, 1);
        if (!session.warned) {
            session.warned = true;
            LOG.log(Level.WARNING, "notify-aeron: dropped a malformed message from publisher "
                + session.info.sessionId() + " (" + session.info.source() + ") on " + channel
                + " stream " + streamId + ": " + problem + "; later ones from this publisher"
                + " are dropped and counted without a log line");
        }
    }

    /** Closes the subscription. Idempotent. */
    void close() {
        if (!closed) {
            closed = true;
            CloseHelper.quietClose(subscription);
        }
    }
}
