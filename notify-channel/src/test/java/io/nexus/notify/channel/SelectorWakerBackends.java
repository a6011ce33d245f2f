package io.nexus.notify.channel;

import java.util.List;

/**
 * The built-in backends the {@link SelectorWaker} tests run over, named rather than listed
 * from {@code EventQueue.availableBackends()} so that a backend missing from the test class
 * path fails the tests instead of being skipped.
 */
final class SelectorWakerBackends {

    /** The backend names. */
    static final List<String> NAMES = List.of("builtin", "jctools", "agrona");

    private SelectorWakerBackends() {
    }
}
