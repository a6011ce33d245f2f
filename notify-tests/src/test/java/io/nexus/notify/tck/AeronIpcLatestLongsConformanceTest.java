package io.nexus.notify.tck;

import io.nexus.notify.EventQueue;
import io.nexus.notify.aeron.EmbeddedDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Runs the conformance of {@code LatestLongs} with its tokens crossing an Aeron IPC hop ({@link AeronHop}) through one embedded driver.
 */
class AeronIpcLatestLongsConformanceTest extends LatestLongsConformance {

    private static EmbeddedDriver driver;

    @BeforeAll
    static void launch() {
        driver = EmbeddedDriver.launch();
    }

    @AfterAll
    static void close() {
        driver.close();
    }

    @Override
    protected EventQueue newQueue(int capacity) {
        return AeronHop.create(driver.aeron(), "aeron:ipc", capacity);
    }
}
