package io.nexus.notify.jcstress;

import io.nexus.notify.Notifier;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * A tuple of four {@code long} fields for one token (token 0) with one deliberate flaw, a
 * stand-in for {@link io.nexus.notify.value.LatestLongs} in the {@code BrokenValue*} jcstress
 * tests. Never use it for anything else.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>Apart from its {@link Flaw}, it follows {@code LatestLongs}: a sequence lock, even when
 * stable and odd while a writer holds it. A writer takes it with a compare-and-set from even
 * to odd, stores the fields with opaque stores, releases it with a release store of the next
 * even value, then notifies. A reader reads the sequence with acquire, the fields with opaque
 * loads, then an acquire fence and the sequence again, and retries unless both reads are the
 * same even value. Each flaw leaves out one half of that protocol.
 */
final class BrokenValueTuple {

    /** Which half of the sequence lock is missing. */
    enum Flaw {
        /** Writers do not exclude each other: each adds one to the sequence before and after. */
        UNLOCKED_WRITERS,
        /** The reader does not read the sequence again after the fields. */
        NO_RECHECK
    }

    /** The number of fields. */
    static final int WIDTH = 4;

    private static final VarHandle LONG = MethodHandles.arrayElementVarHandle(long[].class);

    private final Notifier notifier;
    private final Flaw flaw;
    private final long[] fields = new long[WIDTH];
    private final long[] seq = new long[1];

    /**
     * Creates a tuple of zeros at version 0.
     *
     * @param notifier the notifier of token 0
     * @param flaw     the half of the lock to leave out
     */
    BrokenValueTuple(Notifier notifier, Flaw flaw) {
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.flaw = Objects.requireNonNull(flaw, "flaw");
    }

    /**
     * Writes the four fields, then notifies token 0.
     *
     * @param f0 field 0
     * @param f1 field 1
     * @param f2 field 2
     * @param f3 field 3
     */
    void publish(long f0, long f1, long f2, long f3) {
        if (flaw == Flaw.UNLOCKED_WRITERS) {
            // Two writers both get in: the sequence goes odd, then even again while both are
            // still storing, and their field stores interleave.
            LONG.getAndAdd(seq, 0, 1L);
        } else {
            long s;
            do {
                s = (long) LONG.getOpaque(seq, 0);
            } while ((s & 1) != 0 || !LONG.compareAndSet(seq, 0, s, s + 1));
        }
        LONG.setOpaque(fields, 0, f0);
        LONG.setOpaque(fields, 1, f1);
        LONG.setOpaque(fields, 2, f2);
        LONG.setOpaque(fields, 3, f3);
        if (flaw == Flaw.UNLOCKED_WRITERS) {
            LONG.getAndAdd(seq, 0, 1L);
        } else {
            LONG.setRelease(seq, 0, (long) LONG.getOpaque(seq, 0) + 1);
        }
        notifier.notify(0);
    }

    /**
     * Reads the four fields into {@code into}.
     *
     * @param into where to copy the fields
     * @return the version: half the sequence read
     */
    long read(long[] into) {
        while (true) {
            final long before = (long) LONG.getAcquire(seq, 0);
            if ((before & 1) == 0) {
                for (int i = 0; i < WIDTH; i++) {
                    into[i] = (long) LONG.getOpaque(fields, i);
                }
                if (flaw == Flaw.NO_RECHECK) {
                    // A write that began after the first sequence read goes unnoticed.
                    return before >>> 1;
                }
                VarHandle.acquireFence();
                if ((long) LONG.getOpaque(seq, 0) == before) {
                    return before >>> 1;
                }
            }
            Thread.onSpinWait();
        }
    }
}
