package io.nexus.notify.jcstress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Selector;

/**
 * The one {@link Selector} of this JVM that the selector wake-up litmus tests share across
 * their samples.
 *
 * <p>jcstress makes a whole epoch of states at once (up to {@code strideSize * strideCount},
 * 10,240 with the defaults) before it runs any actor, and a selector holds file descriptors
 * (two on Linux) that nothing releases until it is closed: a selector per state would exhaust
 * the descriptor limit, and one per state closed by the arbiter would still have all of an
 * epoch's selectors open at once. So every state gets its own queue and its own
 * {@code SelectorWaker} (with its own {@code blocking} flag), over this one selector, which
 * only the loop actor selects on; opened once, never closed (the forked JVM's exit closes
 * it).
 *
 * <p>Sharing can only mask a lost wake-up, never invent one: a notifier calls
 * {@code wakeup()} only after it has taken its own sample's announcement, so a wake-up that
 * reaches another sample's select is a stale one, from a sender that was descheduled between
 * taking the announcement and its call. Each sample's loop clears such leftovers with
 * {@link #clearStaleWakeup()} before it starts, and its own sender cannot have called
 * {@code wakeup()} by then, since the sample's loop has not yet announced anything. A stale
 * wake-up landing during a sample's select makes it return early, and the loop then goes
 * round (the same as a spurious unpark in the channel tests).
 */
final class SharedSelector {

    private static final Selector SELECTOR;

    static {
        try {
            SELECTOR = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the shared selector", e);
        }
    }

    private SharedSelector() {
    }

    /**
     * Returns the shared selector.
     *
     * @return the selector
     */
    static Selector get() {
        return SELECTOR;
    }

    /**
     * Clears a wake-up left pending by an earlier sample. Loop actor only, before its sample's
     * first select.
     *
     * @throws UncheckedIOException if the selector fails
     */
    static void clearStaleWakeup() {
        try {
            SELECTOR.selectNow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
