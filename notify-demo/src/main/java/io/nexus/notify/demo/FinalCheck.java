package io.nexus.notify.demo;

import java.util.Locale;

/**
 * The end-of-run check: the consumer's final view must hold, for every instrument, exactly the
 * last tick a feed published for it (the same version and the same four fields).
 *
 * @param instruments   the number of instruments compared
 * @param mismatches    how many differ
 * @param firstMismatch the first instrument that differs, described, or {@code null}
 * @param compared      what was compared, for the verdict
 */
record FinalCheck(int instruments, int mismatches, String firstMismatch, String compared) {

    /**
     * Compares the consumer's view with the last published ticks, instrument by instrument.
     *
     * @param published the last tick each feed published per instrument
     * @param view      the last tick the consumer read per instrument
     * @return the outcome
     */
    static FinalCheck of(TickTable published, TickTable view) {
        return of(published, view, true);
    }

    /**
     * Compares the fields alone: across processes the consumer's versions count the ticks that
     * arrived, not the ticks published, while the time field still tells one tick from another.
     *
     * @param published the last tick each feed published per instrument
     * @param view      the last tick the consumer read per instrument
     * @return the outcome
     */
    static FinalCheck ofFields(TickTable published, TickTable view) {
        return of(published, view, false);
    }

    private static FinalCheck of(TickTable published, TickTable view, boolean versions) {
        int mismatches = 0;
        String first = null;
        for (int i = 0; i < published.instruments(); i++) {
            if (versions ? !published.sameAs(view, i) : !published.sameFieldsAs(view, i)) {
                if (mismatches == 0) {
                    first = "instrument " + i + ": read " + view.describe(i) + ", published "
                        + published.describe(i);
                }
                mismatches++;
            }
        }
        return new FinalCheck(published.instruments(), mismatches, first,
            versions ? "version and fields" : "fields");
    }

    /**
     * Tells whether every instrument matched.
     *
     * @return {@code true} if no instrument differs
     */
    boolean passed() {
        return mismatches == 0;
    }

    /**
     * Returns the one-line verdict, starting with {@code PASS} or {@code FAIL}.
     *
     * @return the verdict
     */
    String summary() {
        if (passed()) {
            return String.format(Locale.ROOT, "PASS: the consumer's final view equals the last"
                + " tick published for all %,d instruments (%s)", instruments, compared);
        }
        return String.format(Locale.ROOT, "FAIL: %,d of %,d instruments differ from the last"
            + " tick published; first %s", mismatches, instruments, firstMismatch);
    }
}
