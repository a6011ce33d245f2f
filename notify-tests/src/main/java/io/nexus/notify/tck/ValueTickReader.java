package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.fail;

import io.nexus.notify.value.LatestLongs;

/**
 * The consumer's side of the concurrent tests of {@link LatestLongs}: reads the tuple of each
 * token delivered, checks that it is whole ({@link ValueTicks#checkedStamp}) and that the
 * token's history moves forward, and keeps the last version and stamp read per token.
 *
 * <p>Moving forward: a version never goes backwards; the same version reads the same tuple;
 * and a newer version written by a producer seen before on that token carries a newer
 * sequence number of that producer (a producer's writes to a token are ordered by its
 * program, and the versions order all writes to the token).
 */
final class ValueTickReader {

    private final LatestLongs ticks;
    private final long[] tuple = new long[ValueTicks.WIDTH];
    private final long[] versions;
    private final long[] stamps;
    private final long[][] sequences;

    /**
     * Creates a reader with nothing read yet.
     *
     * @param ticks     the tuples, of width {@link ValueTicks#WIDTH}
     * @param producers the number of producers writing stamps
     */
    ValueTickReader(LatestLongs ticks, int producers) {
        this.ticks = ticks;
        this.versions = new long[ticks.capacity()];
        this.stamps = new long[ticks.capacity()];
        this.sequences = new long[ticks.capacity()][producers];
    }

    /**
     * Reads a token's tuple and checks it against what was read before.
     *
     * @param token a token a poll or receive delivered
     */
    void read(int token) {
        final long version = ticks.read(token, tuple);
        final long stamp = ValueTicks.checkedStamp(token, version, tuple);
        if (version < versions[token]) {
            fail("token " + token + ": version " + version + " read after " + versions[token]);
        }
        if (version == versions[token]) {
            if (stamp != stamps[token]) {
                fail("token " + token + ": version " + version + " read with two tuples");
            }
            return;
        }
        final int producer = ValueTicks.producer(stamp);
        final long sequence = ValueTicks.sequence(stamp);
        if (sequence <= sequences[token][producer]) {
            fail("token " + token + ": producer " + producer + "'s write " + sequence
                + " read at version " + version + " after its write "
                + sequences[token][producer]);
        }
        sequences[token][producer] = sequence;
        versions[token] = version;
        stamps[token] = stamp;
    }

    /**
     * Returns the version of the last read of a token.
     *
     * @param token the token
     * @return the version, 0 if never read
     */
    long version(int token) {
        return versions[token];
    }

    /**
     * Returns the stamp of the last read of a token.
     *
     * @param token the token
     * @return the stamp, 0 if never read
     */
    long stamp(int token) {
        return stamps[token];
    }
}
