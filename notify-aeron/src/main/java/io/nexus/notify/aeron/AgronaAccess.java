package io.nexus.notify.aeron;

import org.agrona.concurrent.UnsafeBuffer;

/** Checks, once, that Agrona can reach the JDK internals it needs, and names the fix if not. */
final class AgronaAccess {

    /** The JVM option Agrona 2.x needs on Java 17 and later. */
    static final String OPTION = "--add-exports java.base/jdk.internal.misc=ALL-UNNAMED";

    private static volatile boolean checked;

    private AgronaAccess() {
    }

    /**
     * Throws a clear exception if Agrona cannot work in this JVM.
     *
     * @throws IllegalStateException if Agrona cannot reach {@code jdk.internal.misc.Unsafe}
     */
    static void check() {
        if (checked) {
            return;
        }
        try {
            new UnsafeBuffer(new byte[8]).putLong(0, 1);
        } catch (LinkageError e) {
            throw unavailable(e);
        }
        checked = true;
    }

    /**
     * Wraps a linkage error of Agrona or Aeron in an exception that names the JVM option.
     *
     * @param cause what the JVM threw
     * @return the exception to throw
     */
    static IllegalStateException unavailable(Throwable cause) {
        return new IllegalStateException("Aeron and Agrona 2.x cannot reach"
            + " jdk.internal.misc.Unsafe: start the JVM with " + OPTION
            + " (=org.agrona on the module path); the JVM said: " + cause, cause);
    }
}
