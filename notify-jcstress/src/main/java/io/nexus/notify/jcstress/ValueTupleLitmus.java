package io.nexus.notify.jcstress;

import org.openjdk.jcstress.infra.results.IIIIII_Result;

/**
 * The torn-tuple litmus shared by {@link ValueTornTupleTest} and the broken tuple controls:
 * token 0's four fields start at zero, version 0; writer A writes (1, 1, 1, 1); writer B reads
 * the tuple, writes (2, 2, 2, 2) and reads it again; the arbiter reads it once more. Each
 * test's {@code @State} extends this class with the tuple it exercises.
 *
 * <p>Writer B is also the reader because jcstress runs a test only if each actor has a CPU of
 * its own, and the build machine has two. Its reads race with A's write, and its write with
 * A's write.
 *
 * <p>A tuple is reported as one decimal number, field 0 first: (1, 1, 1, 1) reads
 * {@code 1111}, (0, 0, 0, 0) reads {@code 0}, and a mix such as (1, 1, 2, 2) reads
 * {@code 1122}.
 */
abstract class ValueTupleLitmus {

    /** The number of fields per tuple. */
    static final int WIDTH = 4;

    private final long[] fields = new long[WIDTH];

    /**
     * Writes {@code (f, f, f, f)} as token 0's tuple and notifies token 0, as the tuple under
     * test does it.
     *
     * @param f the value of every field
     */
    abstract void publish(long f);

    /**
     * Reads token 0's tuple into {@code into}, as the tuple under test does it.
     *
     * @param into where to copy the fields
     * @return the version read with them
     */
    abstract long read(long[] into);

    /** Writer A: writes (1, 1, 1, 1). */
    final void writeOnes() {
        publish(1);
    }

    /**
     * Writer B and reader: reads, writes (2, 2, 2, 2), reads again.
     *
     * @param r r1, r2 = the tuple and version read before the write; r3, r4 = after it
     */
    final void readWriteTwosRead(IIIIII_Result r) {
        r.r2 = (int) read(fields);
        r.r1 = encode(fields);
        publish(2);
        r.r4 = (int) read(fields);
        r.r3 = encode(fields);
    }

    /**
     * Arbiter: reads the tuple and its version once more after both actors finished.
     *
     * @param r r5 = the final tuple, r6 = its version
     */
    final void finalRead(IIIIII_Result r) {
        r.r6 = (int) read(fields);
        r.r5 = encode(fields);
    }

    /** Encodes fields of 0 to 9 as the decimal digits of one number, field 0 first. */
    private static int encode(long[] fields) {
        int code = 0;
        for (long f : fields) {
            code = code * 10 + (int) f;
        }
        return code;
    }
}
