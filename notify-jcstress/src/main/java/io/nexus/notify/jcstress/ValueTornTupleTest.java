package io.nexus.notify.jcstress;

import io.nexus.notify.EventQueue;
import io.nexus.notify.value.LatestLongs;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIIII_Result;

/**
 * A {@link LatestLongs} tuple is never torn, with two writers on one token, over the selected
 * backend: a read returns the fields of one completed write, with the version of that write.
 *
 * <p>Token 0's four fields start at zero, version 0. Writer A writes (1, 1, 1, 1). Writer B
 * reads the tuple and its version, writes (2, 2, 2, 2) and reads again. The arbiter reads once
 * more. Each write is followed by its notify. Result: (B's first read, its version, B's second
 * read, its version, final tuple, its version), each tuple as one decimal number: {@code 1111},
 * {@code 2222}, {@code 0} for all zeros. (B is also the reader: jcstress runs a test only if
 * each actor has a CPU of its own.)
 *
 * <p>Allowed are exactly the four outcomes of a whole-write order: A before B's first read;
 * or A after it and before B's write; or A after B's write and before B's second read; or A
 * after that read. <b>Forbidden:</b> any other &mdash; a torn tuple (fields of two writes
 * mixed, such as {@code 1122}, in a read or in the final tuple, or of a write and the zeros
 * before it), or a version that does not match the fields (version 0 with fields other than
 * zeros, version 1 with other than B's own write once B has written, or version 2 with other
 * than the final tuple). {@link BrokenValueTornTupleTest} and {@link BrokenValueTornReadTest}
 * show such outcomes over a stand-in tuple whose writers do not take the lock, and over one
 * whose reader does not check the sequence again.
 */
@JCStressTest
@Description("Two writers of one tuple, one also reading: every read is one whole write, with"
    + " its version.")
@Outcome(id = "1111, 1, 2222, 2, 2222, 2", expect = Expect.ACCEPTABLE,
    desc = "A wrote before B's first read.")
@Outcome(id = "0, 0, 2222, 2, 2222, 2", expect = Expect.ACCEPTABLE,
    desc = "A wrote after B's first read, before B's write.")
@Outcome(id = "0, 0, 1111, 2, 1111, 2", expect = Expect.ACCEPTABLE,
    desc = "A wrote after B's write, before B's second read.")
@Outcome(id = "0, 0, 2222, 1, 1111, 2", expect = Expect.ACCEPTABLE,
    desc = "A wrote after B's second read.")
@Outcome(expect = Expect.FORBIDDEN,
    desc = "Torn tuple, or a version that does not match the fields.")
public class ValueTornTupleTest {

    /** One queue of one token and its tuple per sample. */
    @State
    public static class Shared extends ValueTupleLitmus {
        private final LatestLongs tuples;

        /** Creates the queue and a zero tuple over it. */
        public Shared() {
            tuples = LatestLongs.over(EventQueue.create(1).notifier(), 1, WIDTH);
        }

        @Override
        void publish(long f) {
            tuples.publish(0, f, f, f, f);
        }

        @Override
        long read(long[] into) {
            return tuples.read(0, into);
        }
    }

    /**
     * Writes (1, 1, 1, 1).
     *
     * @param s the shared state
     */
    @Actor
    public void writerA(Shared s) {
        s.writeOnes();
    }

    /**
     * Reads, writes (2, 2, 2, 2), reads again.
     *
     * @param s the shared state
     * @param r r1, r2 = the tuple and version read before the write; r3, r4 = after it
     */
    @Actor
    public void writerB(Shared s, IIIIII_Result r) {
        s.readWriteTwosRead(r);
    }

    /**
     * Reads the tuple and its version once more after both actors finished.
     *
     * @param s the shared state
     * @param r r5 = the final tuple, r6 = its version
     */
    @Arbiter
    public void finalRead(Shared s, IIIIII_Result r) {
        s.finalRead(r);
    }
}
