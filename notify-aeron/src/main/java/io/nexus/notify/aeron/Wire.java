package io.nexus.notify.aeron;

import java.nio.ByteOrder;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * The wire format: one fixed-length message per tuple or heartbeat, little-endian, never
 * fragmented (at most {@link #MAX_LENGTH} bytes, well under a publication's maximum payload).
 *
 * <pre>
 * offset  size  field
 *  0      1     format version ({@link #FORMAT})
 *  1      1     type: {@link #TUPLE} or {@link #HEARTBEAT}
 *  2      2     width: fields per tuple, 0 for readiness alone (unsigned)
 *  4      4     token (a heartbeat: 0)
 *  8      8     the sender's version of the token (a heartbeat: 0)
 * 16      8 * width  the fields
 * </pre>
 *
 * <p>Every message of a stream has the length {@code 16 + 8 * width}, heartbeats included.
 */
final class Wire {

    /** The format version this code writes and accepts. */
    static final byte FORMAT = 1;

    /** A token's latest tuple (or, at width 0, its readiness). */
    static final byte TUPLE = 1;

    /** An idle publisher's sign of life. */
    static final byte HEARTBEAT = 2;

    /** The length of the header before the fields. */
    static final int HEADER = 16;

    /** The longest message: a header and {@code LatestLongs.MAX_WIDTH} fields. */
    static final int MAX_LENGTH = HEADER + 8 * 64;

    static final int FORMAT_OFFSET = 0;
    static final int TYPE_OFFSET = 1;
    static final int WIDTH_OFFSET = 2;
    static final int TOKEN_OFFSET = 4;
    static final int VERSION_OFFSET = 8;

    private static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;

    private Wire() {
    }

    /**
     * Returns the length of every message of a stream of this width.
     *
     * @param width the fields per tuple
     * @return {@code 16 + 8 * width}
     */
    static int length(int width) {
        return HEADER + 8 * width;
    }

    /** Writes a message's header; the fields follow at {@code offset + HEADER}. */
    static void putHeader(MutableDirectBuffer buffer, int offset, byte type, int width,
                          int token, long version) {
        buffer.putByte(offset + FORMAT_OFFSET, FORMAT);
        buffer.putByte(offset + TYPE_OFFSET, type);
        buffer.putShort(offset + WIDTH_OFFSET, (short) width, ORDER);
        buffer.putInt(offset + TOKEN_OFFSET, token, ORDER);
        buffer.putLong(offset + VERSION_OFFSET, version, ORDER);
    }

    /** Writes a tuple's fields after its header. */
    static void putFields(MutableDirectBuffer buffer, int offset, long[] fields, int width) {
        final int base = offset + HEADER;
        for (int i = 0; i < width; i++) {
            buffer.putLong(base + 8 * i, fields[i], ORDER);
        }
    }

    static int format(DirectBuffer buffer, int offset) {
        return buffer.getByte(offset + FORMAT_OFFSET);
    }

    static int type(DirectBuffer buffer, int offset) {
        return buffer.getByte(offset + TYPE_OFFSET);
    }

    static int width(DirectBuffer buffer, int offset) {
        return buffer.getShort(offset + WIDTH_OFFSET, ORDER) & 0xFFFF;
    }

    static int token(DirectBuffer buffer, int offset) {
        return buffer.getInt(offset + TOKEN_OFFSET, ORDER);
    }

    static long version(DirectBuffer buffer, int offset) {
        return buffer.getLong(offset + VERSION_OFFSET, ORDER);
    }

    /** Reads a tuple's fields into {@code into[0, width)}. */
    static void getFields(DirectBuffer buffer, int offset, long[] into, int width) {
        final int base = offset + HEADER;
        for (int i = 0; i < width; i++) {
            into[i] = buffer.getLong(base + 8 * i, ORDER);
        }
    }
}
