package io.nexus.notify.jcstress;

import io.nexus.notify.EventQueue;

/**
 * Prints the backends usable in this JVM, one name per line, default first. The jcstress
 * runner script runs the suite once for each line.
 */
public final class AvailableBackends {

    private AvailableBackends() {
    }

    /**
     * Prints {@link EventQueue#availableBackends()}.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        EventQueue.availableBackends().forEach(System.out::println);
    }
}
