package io.nexus.notify.value;

import io.nexus.notify.Notifier;
import io.nexus.notify.spi.Checks;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * The latest tuple of {@code long} fields of each token (say bid, ask, size, time), paired with
 * a {@link Notifier}. A producer writes all fields of a token as one update and notifies it;
 * the consumer reads a consistent snapshot of the delivered token's fields and learns from its
 * version how many updates were conflated since it last looked. Nothing allocates on either
 * side.
 *
 * <pre>{@code
 * LatestLongs ticks = LatestLongs.over(channel.sender(), 1024, 4);
 * ticks.publish(7, bid, ask, size, time);             // any producer thread
 *
 * long[] tick = new long[4];                           // the consumer, once
 * while (receiver.recv(events) != Receiver.CLOSED) {
 *     for (int i = 0; i < events.size(); i++) {
 *         int item = events.index(i);
 *         long version = ticks.read(item, tick);       // tick[0..3], one consistent update
 *         show(item, tick, version);
 *     }
 * }
 * }</pre>
 *
 * <p><b>Contract.</b> A read returns the fields of one completed write, never a mix of two
 * (any number of writers per token), and a version: the number of writes the token has seen.
 * A write made before the notify that delivered the token is visible to a read after that
 * poll, or a later poll delivers the token again. Unlike {@link LatestValues#take}, a read does
 * not clear: after a spurious event it returns the same version as before.
 *
 * <p><b>A write cut short.</b> If an error strikes a write between its first and its last
 * field store (typically a {@link StackOverflowError} in a producer with a deep stack), the
 * write throws it, and the token is neither left locked nor readable as a whole: until the
 * next write of the token, {@link #read} throws {@link IllegalStateException} for it, and the
 * next write takes the lock over and makes the fields one write's again (its version counts
 * the cut-short write too). Nothing else waits for ever.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>A sequence lock per token: {@code seqs[t]} is even when token {@code t} is stable and odd
 * while a writer holds it, and counts up by two per write, so {@code seqs[t] / 2} is the
 * version. A writer takes the lock with a compare-and-set from an even value to the next odd
 * one (writers of one token take turns; the CAS is a full barrier, so no field store moves
 * above it), stores the fields with opaque stores (whole 64-bit values), then releases with a
 * release store of the next even value (no field store moves below it). A reader reads the
 * sequence with acquire, the fields with opaque loads, then an acquire fence and the sequence
 * again: if both reads are the same even value, no write overlapped and the fields are one
 * write's. Otherwise it tries again; a read therefore waits while a write of that token is in
 * progress (a few stores, unless the writer is descheduled inside them). Readers and writers
 * that wait spin briefly, then yield, then park for short times, so that a writer which is off
 * the CPU gets it back.
 */
public final class LatestLongs {

    /** The largest width: 64 fields per token. */
    public static final int MAX_WIDTH = 64;

    /** The most fields all tokens together may have: the largest safe array length. */
    private static final int MAX_FIELDS = Integer.MAX_VALUE - 8;

    private static final VarHandle LONG = MethodHandles.arrayElementVarHandle(long[].class);

    /** {@link #starving}. */
    private static final VarHandle STARVING;

    static {
        try {
            STARVING = MethodHandles.lookup().findVarHandle(LatestLongs.class, "starving",
                int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Notifier notifier;
    private final int width;
    private final long[] fields;
    private final long[] seqs;
    /**
     * {@code abandoned[t]}: the odd sequence a write of {@code t} held when it was cut short
     * (a {@link StackOverflowError}, say) between taking the lock and releasing it; 0 if none.
     * Written with a plain store, then published by the volatile store of {@link #abandons}.
     */
    private final long[] abandoned;
    /** Counts cut-short writes; its volatile store publishes {@code abandoned}. */
    private volatile long abandons;

    /**
     * How many readers have waited long enough to ask writers to hold back (see
     * {@link Contention}); writers read it before taking a token. Changed with
     * {@code getAndAdd}, so it stays in every core's cache, shared, until a reader starves.
     */
    private volatile int starving;

    private LatestLongs(Notifier notifier, int capacity, int width) {
        this.notifier = notifier;
        this.width = width;
        this.fields = new long[capacity * width];
        this.seqs = new long[capacity];
        this.abandoned = new long[capacity];
    }

    /**
     * Creates tuples of {@code width} fields, all zero at version 0, for tokens
     * {@code [0, capacity)} over a notifier: a queue's notifier, or a channel's sender.
     *
     * @param notifier the notifier that delivers the tokens
     * @param capacity the number of tokens, in {@code [1, notifier.capacity()]}
     * @param width    the fields per token, in {@code [1, MAX_WIDTH]}
     * @return the tuples
     * @throws NullPointerException     if {@code notifier} is null
     * @throws IllegalArgumentException if {@code capacity} or {@code width} is out of range, or
     *     their product is too large for one array
     */
    public static LatestLongs over(Notifier notifier, int capacity, int width) {
        Slots.checkCapacity(notifier, capacity);
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width must be in [1, " + MAX_WIDTH + "], was "
                + width);
        }
        if ((long) capacity * width > MAX_FIELDS) {
            throw new IllegalArgumentException("capacity " + capacity + " times width " + width
                + " is more than the " + MAX_FIELDS + " fields one array can hold");
        }
        return new LatestLongs(notifier, capacity, width);
    }

    /**
     * Returns the number of tokens.
     *
     * @return the capacity; valid tokens are {@code [0, capacity)}
     */
    public int capacity() {
        return seqs.length;
    }

    /**
     * Returns the number of fields per token.
     *
     * @return the width
     */
    public int width() {
        return width;
    }

    /**
     * Writes a one-field tuple, then notifies the token.
     *
     * @param token the token index
     * @param f0    field 0
     * @return what the notify returned
     * @throws IndexOutOfBoundsException if {@code token} is out of range; nothing changed
     * @throws IllegalArgumentException  if the width is not 1; nothing changed
     * @throws IllegalStateException     if the notifier is a closed channel's sender; the
     *     write counts, but the notify may not be delivered
     */
    public boolean publish(int token, long f0) {
        final long held = begin(token, 1);
        final int base = token * width;
        try {
            LONG.setOpaque(fields, base, f0);
            release(token, held);
        } catch (Throwable cutShort) {
            // Bytecodes only (no calls), so a StackOverflowError cannot strike again here.
            abandoned[token] = held;
            abandons = abandons + 1;
            throw cutShort;
        }
        return notifier.notify(token);
    }

    /**
     * Writes a two-field tuple, then notifies the token.
     *
     * @param token the token index
     * @param f0    field 0
     * @param f1    field 1
     * @return what the notify returned
     * @throws IndexOutOfBoundsException if {@code token} is out of range; nothing changed
     * @throws IllegalArgumentException  if the width is not 2; nothing changed
     * @throws IllegalStateException     if the notifier is a closed channel's sender; the
     *     write counts, but the notify may not be delivered
     */
    public boolean publish(int token, long f0, long f1) {
        final long held = begin(token, 2);
        final int base = token * width;
        try {
            LONG.setOpaque(fields, base, f0);
            LONG.setOpaque(fields, base + 1, f1);
            release(token, held);
        } catch (Throwable cutShort) {
            // Bytecodes only (no calls), so a StackOverflowError cannot strike again here.
            abandoned[token] = held;
            abandons = abandons + 1;
            throw cutShort;
        }
        return notifier.notify(token);
    }

    /**
     * Writes a three-field tuple, then notifies the token.
     *
     * @param token the token index
     * @param f0    field 0
     * @param f1    field 1
     * @param f2    field 2
     * @return what the notify returned
     * @throws IndexOutOfBoundsException if {@code token} is out of range; nothing changed
     * @throws IllegalArgumentException  if the width is not 3; nothing changed
     * @throws IllegalStateException     if the notifier is a closed channel's sender; the
     *     write counts, but the notify may not be delivered
     */
    public boolean publish(int token, long f0, long f1, long f2) {
        final long held = begin(token, 3);
        final int base = token * width;
        try {
            LONG.setOpaque(fields, base, f0);
            LONG.setOpaque(fields, base + 1, f1);
            LONG.setOpaque(fields, base + 2, f2);
            release(token, held);
        } catch (Throwable cutShort) {
            // Bytecodes only (no calls), so a StackOverflowError cannot strike again here.
            abandoned[token] = held;
            abandons = abandons + 1;
            throw cutShort;
        }
        return notifier.notify(token);
    }

    /**
     * Writes a four-field tuple, then notifies the token.
     *
     * @param token the token index
     * @param f0    field 0
     * @param f1    field 1
     * @param f2    field 2
     * @param f3    field 3
     * @return what the notify returned
     * @throws IndexOutOfBoundsException if {@code token} is out of range; nothing changed
     * @throws IllegalArgumentException  if the width is not 4; nothing changed
     * @throws IllegalStateException     if the notifier is a closed channel's sender; the
     *     write counts, but the notify may not be delivered
     */
    public boolean publish(int token, long f0, long f1, long f2, long f3) {
        final long held = begin(token, 4);
        final int base = token * width;
        try {
            LONG.setOpaque(fields, base, f0);
            LONG.setOpaque(fields, base + 1, f1);
            LONG.setOpaque(fields, base + 2, f2);
            LONG.setOpaque(fields, base + 3, f3);
            release(token, held);
        } catch (Throwable cutShort) {
            // Bytecodes only (no calls), so a StackOverflowError cannot strike again here.
            abandoned[token] = held;
            abandons = abandons + 1;
            throw cutShort;
        }
        return notifier.notify(token);
    }

    /**
     * Writes a tuple of any width from an array, then notifies the token.
     *
     * @param token  the token index
     * @param values the fields, exactly {@link #width()} of them
     * @return what the notify returned
     * @throws IndexOutOfBoundsException if {@code token} is out of range; nothing changed
     * @throws NullPointerException      if {@code values} is null; nothing changed
     * @throws IllegalArgumentException  if {@code values.length} is not the width; nothing
     *     changed
     * @throws IllegalStateException     if the notifier is a closed channel's sender; the
     *     write counts, but the notify may not be delivered
     */
    public boolean publish(int token, long[] values) {
        Objects.requireNonNull(values, "values");
        final long held = begin(token, values.length);
        final int base = token * width;
        try {
            for (int i = 0; i < values.length; i++) {
                LONG.setOpaque(fields, base + i, values[i]);
            }
            release(token, held);
        } catch (Throwable cutShort) {
            // Bytecodes only (no calls), so a StackOverflowError cannot strike again here.
            abandoned[token] = held;
            abandons = abandons + 1;
            throw cutShort;
        }
        return notifier.notify(token);
    }

    /**
     * Reads the token's latest tuple into {@code into[0, width)} as one consistent snapshot.
     * Any thread; normally the consumer, after a poll or receive delivered the token.
     *
     * @param token the token index
     * @param into  where to copy the fields; at least {@link #width()} long
     * @return the version: how many writes the token has seen ({@code 0}: never written, all
     *     fields zero)
     * @throws IndexOutOfBoundsException if {@code token} is out of range
     * @throws NullPointerException      if {@code into} is null
     * @throws IllegalArgumentException  if {@code into} is shorter than the width
     * @throws IllegalStateException     if the token's last write was cut short by an error
     *     between its first and last field store (a {@link StackOverflowError}, say): the
     *     fields are not one write's, and stay unreadable until the next write of the token;
     *     {@code into} may have been written
     */
    public long read(int token, long[] into) {
        checkToken(token);
        Objects.requireNonNull(into, "into");
        if (into.length < width) {
            throw new IllegalArgumentException("into has room for " + into.length
                + " fields, the width is " + width);
        }
        final int base = token * width;
        int attempt = 0;
        boolean asked = false;
        try {
            while (true) {
                final long before = (long) LONG.getAcquire(seqs, token);
                if ((before & 1) == 0) {
                    for (int i = 0; i < width; i++) {
                        into[i] = (long) LONG.getOpaque(fields, base + i);
                    }
                    // The field loads above must complete before the sequence is read again.
                    VarHandle.acquireFence();
                    if ((long) LONG.getOpaque(seqs, token) == before) {
                        return before >>> 1;
                    }
                }
                if ((before & 1) != 0 && isAbandoned(token, before)) {
                    throw new IllegalStateException("token " + token + " holds a half-written"
                        + " tuple: a write was cut short (an error inside it); the next write of"
                        + " the token replaces it");
                }
                // A write is in progress or overlapped: spin briefly, then give the CPU away,
                // so that a writer which is off the CPU can finish.
                attempt = Contention.backOff(attempt);
                if (!asked && Contention.starving(attempt)) {
                    // Writers of this token come back to back: ask them to hold back until
                    // this read has had its gap (Contention.courtesy).
                    STARVING.getAndAdd(this, 1);
                    asked = true;
                }
            }
        } finally {
            if (asked) {
                STARVING.getAndAdd(this, -1);
            }
        }
    }

    /**
     * Returns how many writes the token has seen, without reading its fields.
     *
     * @param token the token index
     * @return the version of the latest completed write
     * @throws IndexOutOfBoundsException if {@code token} is out of range
     */
    public long version(int token) {
        checkToken(token);
        return (long) LONG.getAcquire(seqs, token) >>> 1;
    }

    /**
     * Checks the token and the arity, then takes the token's write lock: from a stable (even)
     * sequence, or from a write that was cut short and left the lock held.
     *
     * @return the odd sequence this writer now holds
     */
    private long begin(int token, int arity) {
        checkToken(token);
        if (arity != width) {
            throw new IllegalArgumentException("this tuple has " + width + " fields, "
                + arity + " were given");
        }
        int attempt = 0;
        while (true) {
            if (starving != 0) {
                // A reader has waited through its spins and yields: give it a gap.
                Contention.courtesy(this);
            }
            final long seq = (long) LONG.getOpaque(seqs, token);
            // Full barrier on success: the field stores that follow stay after it. Taking over
            // a cut-short write moves to the next odd value, so that of several writers that
            // found it cut short only one takes over (the sequence only grows, so it cannot be
            // the cut-short value again), and the fields stay unreadable until its release.
            final long next = (seq & 1) == 0 || isAbandoned(token, seq) ? seq + 1 + (seq & 1) : 0;
            if (next != 0 && LONG.compareAndSet(seqs, token, seq, next)) {
                return next;
            }
            // Another writer holds the token: spin briefly, then give the CPU away.
            attempt = Contention.backOff(attempt);
        }
    }

    /** Releases the token's write lock: the fields are one write's again. */
    private void release(int token, long held) {
        // Release: the field stores happen before the next even value is seen.
        LONG.setRelease(seqs, token, held + 1);
    }

    /**
     * Tells whether {@code odd}, the token's sequence, is held by a write that was cut short.
     * The volatile load of {@code abandons} acquires the plain store of {@code abandoned[t]}
     * made before the cut-short writer's volatile store of it.
     */
    private boolean isAbandoned(int token, long odd) {
        return abandons != 0 && (long) LONG.getOpaque(abandoned, token) == odd;
    }

    /**
     * Tells whether a reader is asking writers to hold back; read by {@link Contention}.
     *
     * @return {@code true} while a starving reader waits
     */
    boolean readerStarving() {
        return starving != 0;
    }

    private void checkToken(int token) {
        if (token < 0 || token >= seqs.length) {
            throw Checks.tokenOutOfRange(token, seqs.length);
        }
    }
}
