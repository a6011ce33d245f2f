package io.nexus.notify.jcstress;

import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The loop actor of the selector wake-up litmus tests: poll, and select until a token arrives
 * or the deadline passes, re-checking after every return, as an event loop would.
 */
final class SelectLoop {

    /** A select, in the waker under test. */
    @FunctionalInterface
    interface Select {
        /**
         * Selects for at most {@code timeoutMillis}, {@code > 0}.
         *
         * @param timeoutMillis the timeout
         * @throws IOException if the selector fails
         */
        void select(long timeoutMillis) throws IOException;
    }

    /** {@link #receive} returned something other than token 0 alone. */
    static final int WRONG_TOKEN = 9;

    /** {@link #receive}'s select threw. */
    static final int FAILED = 8;

    private SelectLoop() {
    }

    /**
     * Waits at most {@code timeoutNanos} for token 0.
     *
     * @param poller       the queue's poller
     * @param events       the batch to poll into
     * @param select       the select to wait in
     * @param timeoutNanos the most time to wait, {@code > 0}
     * @return 1 if token 0 arrived, 0 if nothing did by the deadline, {@link #WRONG_TOKEN} or
     *     {@link #FAILED}
     */
    static int receive(Poller poller, Events events, Select select, long timeoutNanos) {
        final long deadline = System.nanoTime() + timeoutNanos;
        try {
            while (true) {
                final int n = poller.poll(events);
                if (n != 0) {
                    return n == 1 && events.index(0) == 0 ? 1 : WRONG_TOKEN;
                }
                final long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return 0;
                }
                // Rounded up to a whole millisecond: at least 1, since 0 would mean no timeout.
                select.select(TimeUnit.NANOSECONDS.toMillis(remaining + 999_999));
            }
        } catch (IOException e) {
            return FAILED;
        }
    }
}
