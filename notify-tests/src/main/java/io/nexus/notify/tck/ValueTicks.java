package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.nexus.notify.value.LatestLongs;
import java.util.Arrays;

/**
 * Four-field tuples for the concurrent tests of {@link LatestLongs}: every field derives from
 * one stamp (a producer's number and its sequence number) and the token, so a read that
 * mixes the fields of two writes, or of another token, is detected.
 */
final class ValueTicks {

    /** The fields per tuple. */
    static final int WIDTH = 4;

    private static final int SEQUENCE_BITS = 40;
    private static final long SEQUENCE_MASK = (1L << SEQUENCE_BITS) - 1;
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private ValueTicks() {
    }

    /**
     * Returns the stamp of a producer's write.
     *
     * @param producer the producer's number, from 0
     * @param sequence its sequence number, from 1 and below {@code 2^40}
     * @return the stamp, never 0
     */
    static long stamp(int producer, long sequence) {
        return (long) producer << SEQUENCE_BITS | sequence;
    }

    /**
     * Returns the producer's number of a stamp.
     *
     * @param stamp a stamp
     * @return the number given to {@link #stamp}
     */
    static int producer(long stamp) {
        return (int) (stamp >>> SEQUENCE_BITS);
    }

    /**
     * Returns the sequence number of a stamp.
     *
     * @param stamp a stamp
     * @return the sequence number given to {@link #stamp}
     */
    static long sequence(long stamp) {
        return stamp & SEQUENCE_MASK;
    }

    /**
     * Publishes the tuple of a stamp through the four-field publish.
     *
     * @param longs a tuple store of width 4
     * @param token the token
     * @param stamp the write's stamp
     * @return what the publish returned
     */
    static boolean publish(LatestLongs longs, int token, long stamp) {
        return longs.publish(token, stamp, token, ~stamp, stamp * MIX);
    }

    /**
     * Checks that a tuple read from a token is the initial one (version 0, all zero) or one
     * whole write to that token, and returns its stamp.
     *
     * @param token   the token read
     * @param version the version the read returned
     * @param tuple   the fields it read
     * @return the stamp of the write read, or 0 for the initial tuple
     */
    static long checkedStamp(int token, long version, long[] tuple) {
        if (version == 0) {
            assertArrayEquals(new long[WIDTH], Arrays.copyOf(tuple, WIDTH),
                "token " + token + " at version 0 must be all zero");
            return 0;
        }
        final long stamp = tuple[0];
        if (tuple[1] != token || tuple[2] != ~stamp || tuple[3] != stamp * MIX) {
            fail("token " + token + " version " + version + ": a torn tuple (fields of two"
                + " writes, or of another token): " + Arrays.toString(tuple));
        }
        return stamp;
    }
}
