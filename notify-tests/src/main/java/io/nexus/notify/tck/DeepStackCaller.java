package io.nexus.notify.tck;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs a call (a producer's or a consumer's) from the last frames of a small thread stack, so
 * that a {@link StackOverflowError} strikes inside it at every point it can: the thread
 * recurses until the stack overflows, then, on the way back up, makes the call from every
 * frame {@value #STEPS} times, through fewer and fewer tiny padding frames, so that the stack
 * left to the call grows in steps much smaller than the recursion's own frame (which the JIT
 * may make larger than the whole call needs). Early calls overflow at their first frames;
 * later ones get further in, through every step of the call, until they complete. The errors
 * are caught and counted.
 */
final class DeepStackCaller {

    /** A stack small enough to overflow quickly, as in a deeply nested caller. */
    static final long STACK_BYTES = 256 * 1024;

    /** How many calls each frame makes on the way up, each with one padding frame less. */
    static final int STEPS = 16;

    /** How long one dive may take; a dive takes milliseconds unless something is wedged. */
    static final long PATIENCE_SECONDS = 30;

    private final IntConsumer call;
    private final AtomicInteger overflows = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();

    private DeepStackCaller(IntConsumer call) {
        this.call = call;
    }

    /**
     * Runs {@code dives} threads one after another, each diving once and making {@code call}
     * (given the depth) on the way back up.
     *
     * @return the caller, for its counts
     * @throws AssertionError if a dive does not finish within {@link #PATIENCE_SECONDS}
     */
    static DeepStackCaller run(int dives, IntConsumer call) throws InterruptedException {
        final DeepStackCaller caller = new DeepStackCaller(call);
        for (int i = 0; i < dives; i++) {
            final Thread t = new Thread(null, () -> caller.dive(0), "deep-caller-" + i,
                STACK_BYTES);
            t.setDaemon(true);
            t.start();
            t.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
            if (t.isAlive()) {
                throw new AssertionError(t.getName() + " did not finish within " + PATIENCE_SECONDS
                    + " s: a call after a cut-short one waits for ever");
            }
        }
        return caller;
    }

    /** How many calls a stack overflow cut short. */
    int overflows() {
        return overflows.get();
    }

    /** How many calls completed. */
    int completed() {
        return completed.get();
    }

    private void dive(int depth) {
        try {
            dive(depth + 1);
        } catch (StackOverflowError deepest) {
            // The bottom: every frame from here up makes the call.
        }
        for (int padding = STEPS - 1; padding >= 0; padding--) {
            try {
                padded(padding, depth);
                completed.incrementAndGet();
            } catch (StackOverflowError cut) {
                overflows.incrementAndGet();
            }
        }
    }

    /** Makes the call under {@code padding} more small frames. */
    private void padded(int padding, int depth) {
        if (padding == 0) {
            call.accept(depth);
        } else {
            padded(padding - 1, depth);
        }
    }
}
