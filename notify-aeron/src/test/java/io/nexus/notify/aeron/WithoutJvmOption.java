package io.nexus.notify.aeron;

/**
 * A child JVM's main class, run without {@code --add-exports}: prints the message of the
 * exception {@link EmbeddedDriver#context()} throws, or {@code NO ERROR}.
 */
public final class WithoutJvmOption {

    private WithoutJvmOption() {
    }

    /**
     * Asks for a driver context and prints what went wrong.
     *
     * @param args none
     */
    public static void main(String[] args) {
        try {
            EmbeddedDriver.context();
            System.out.println("NO ERROR");
        } catch (IllegalStateException e) {
            System.out.println("ERROR " + e.getMessage());
        }
    }
}
