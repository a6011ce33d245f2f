package io.nexus.notify.jcstress;

/**
 * Lines up the two actors of one sample of the selector wake-up tests: the notifier waits
 * until the loop has started its receive, so that the notify races the loop's announcement
 * instead of landing long before it.
 *
 * <p>Without it the notifier, whose notify takes nanoseconds, runs ahead of the loop, whose
 * every sample makes system calls, and nearly every notify is over before its loop starts:
 * the loop's first poll finds the token and the protocol under test never runs. The wait
 * cannot hang: the loop actor reaches every sample in turn, and its receive ends at its
 * timeout whatever the notifier does.
 */
final class LoopStart {

    private volatile boolean started;

    /** Marks the loop's receive as started. Loop actor only, just before the receive. */
    void loopStarts() {
        started = true;
    }

    /** Spins until the loop's receive has started. Notifier actor only. */
    void awaitLoop() {
        while (!started) {
            Thread.onSpinWait();
        }
    }
}
