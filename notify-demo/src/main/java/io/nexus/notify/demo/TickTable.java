package io.nexus.notify.demo;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * One tick and its version per instrument, in plain arrays: what a feed last published, or
 * what the consumer last read. Each instrument has one writing thread; another thread reads
 * the table only after joining that writer.
 */
final class TickTable {

    private final long[] fields;
    private final long[] versions;

    /**
     * Creates a table of empty ticks (version 0, every field 0).
     *
     * @param instruments the number of instruments
     */
    TickTable(int instruments) {
        this.fields = new long[Math.multiplyExact(instruments, Tick.WIDTH)];
        this.versions = new long[instruments];
    }

    /**
     * Returns the number of instruments.
     *
     * @return the size of the table
     */
    int instruments() {
        return versions.length;
    }

    /**
     * Stores an instrument's tick.
     *
     * @param instrument the instrument
     * @param version    the tick's version: how many ticks the instrument has had
     * @param tick       the tick's fields, {@link Tick#WIDTH} of them
     */
    void put(int instrument, long version, long[] tick) {
        System.arraycopy(tick, 0, fields, instrument * Tick.WIDTH, Tick.WIDTH);
        versions[instrument] = version;
    }

    /**
     * Returns an instrument's version.
     *
     * @param instrument the instrument
     * @return its version, 0 if it never had a tick
     */
    long version(int instrument) {
        return versions[instrument];
    }

    /**
     * Returns one field of an instrument's tick.
     *
     * @param instrument the instrument
     * @param field      the field, one of {@link Tick}'s indices
     * @return the field's value
     */
    long field(int instrument, int field) {
        return fields[instrument * Tick.WIDTH + field];
    }

    /**
     * Tells whether an instrument has the same version and fields here as in another table.
     *
     * @param other      the other table
     * @param instrument the instrument
     * @return {@code true} if version and every field are equal
     */
    boolean sameAs(TickTable other, int instrument) {
        final int from = instrument * Tick.WIDTH;
        return versions[instrument] == other.versions[instrument]
            && Arrays.equals(fields, from, from + Tick.WIDTH, other.fields, from,
                from + Tick.WIDTH);
    }

    /**
     * Describes an instrument's tick, for a report.
     *
     * @param instrument the instrument
     * @return for example {@code v12 bid 10012 ask 10014 size 300}
     */
    String describe(int instrument) {
        return "v" + versions[instrument] + " bid " + field(instrument, Tick.BID) + " ask "
            + field(instrument, Tick.ASK) + " size " + field(instrument, Tick.SIZE) + " time "
            + field(instrument, Tick.TIME);
    }

    /**
     * Tells whether an instrument has the same fields here as in another table, whatever the
     * versions: across processes the receiving side counts its own versions.
     *
     * @param other      the other table
     * @param instrument the instrument
     * @return {@code true} if every field is equal
     */
    boolean sameFieldsAs(TickTable other, int instrument) {
        final int from = instrument * Tick.WIDTH;
        return Arrays.equals(fields, from, from + Tick.WIDTH, other.fields, from,
            from + Tick.WIDTH);
    }

    /**
     * Writes every instrument's version and fields.
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    void writeTo(DataOutput out) throws IOException {
        for (int i = 0; i < versions.length; i++) {
            out.writeLong(versions[i]);
            for (int f = 0; f < Tick.WIDTH; f++) {
                out.writeLong(field(i, f));
            }
        }
    }

    /**
     * Reads a table that {@link #writeTo} wrote.
     *
     * @param in          where to read
     * @param instruments the number of instruments
     * @return the table
     * @throws IOException if reading fails
     */
    static TickTable readFrom(DataInput in, int instruments) throws IOException {
        final TickTable table = new TickTable(instruments);
        final long[] tick = new long[Tick.WIDTH];
        for (int i = 0; i < instruments; i++) {
            final long version = in.readLong();
            for (int f = 0; f < Tick.WIDTH; f++) {
                tick[f] = in.readLong();
            }
            table.put(i, version, tick);
        }
        return table;
    }
}
