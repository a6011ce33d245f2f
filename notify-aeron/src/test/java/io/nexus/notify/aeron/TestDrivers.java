package io.nexus.notify.aeron;

import io.aeron.driver.MediaDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Embedded drivers for tests: the library's defaults with Aeron's liveness, linger and
 * connection timeouts lowered from seconds to fractions of one, so that loss tests take
 * seconds. Every directory is one of {@link EmbeddedDriver}'s, under the default parent.
 */
final class TestDrivers {

    /** The start of every test driver directory's name: this JVM's own prefix. */
    static final String PREFIX = EmbeddedDriver.DIRECTORY_PREFIX + "test-"
        + ProcessHandle.current().pid() + "-";

    /** Aeron's image liveness timeout in tests (10 s by default). */
    static final Duration IMAGE_LIVENESS = Duration.ofMillis(1500);

    private TestDrivers() {
    }

    /**
     * The library's defaults with test timeouts.
     *
     * @return a context with a new directory
     */
    static MediaDriver.Context context() {
        return EmbeddedDriver.context()
            .aeronDirectoryName(newDirectory().toString())
            .timerIntervalNs(Duration.ofMillis(50).toNanos())
            .clientLivenessTimeoutNs(Duration.ofMillis(1500).toNanos())
            .publicationUnblockTimeoutNs(Duration.ofSeconds(3).toNanos())
            .imageLivenessTimeoutNs(IMAGE_LIVENESS.toNanos())
            .publicationLingerTimeoutNs(Duration.ofMillis(200).toNanos())
            .publicationConnectionTimeoutNs(Duration.ofMillis(1500).toNanos());
    }

    /**
     * Returns a new directory name for a test driver, under the default parent.
     *
     * @return a path starting with {@link #PREFIX}
     */
    static Path newDirectory() {
        return EmbeddedDriver.newDirectory().resolveSibling(PREFIX + UUID.randomUUID());
    }

    /**
     * Launches a driver with {@link #context()}.
     *
     * @return the driver
     */
    static EmbeddedDriver launch() {
        return EmbeddedDriver.launch(context());
    }

    /**
     * Lists the directories of {@link EmbeddedDriver}'s default parent whose name starts with
     * a prefix.
     *
     * @param prefix the name prefix
     * @return the matching paths
     * @throws Exception if the parent cannot be listed
     */
    static List<Path> directoriesStartingWith(String prefix) throws Exception {
        final Path parent = EmbeddedDriver.newDirectory().getParent();
        final List<Path> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(parent)) {
            entries.filter(p -> p.getFileName().toString().startsWith(prefix))
                .forEach(found::add);
        }
        return found;
    }
}
