package io.nexus.notify.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A poll that fails with {@link OutOfMemoryError} while its batch grows loses no token: in a
 * forked JVM with a heap too small for a batch as large as the backlog, every token is still
 * delivered exactly once by later polls into a small batch, and the queue is then empty and
 * re-armed.
 *
 * <p>The fork holds {@value #TOKENS} pending tokens on {@code builtin}: a 16 MiB ring and
 * 4 MiB of flags. An unlimited poll into an empty batch must grow it to another 16 MiB, which
 * the {@value #HEAP} heap cannot hold beside them, so the poll fails every time; a batch of a
 * thousand is no trouble.
 */
class PollOutOfMemoryTest {

    private static final int TOKENS = 1 << 22;
    private static final int BATCH = 1000;

    /**
     * On JDK 17 with G1 the fork fits its tokens from 28m and still fails the big poll up to
     * 40m; this sits in the middle of that window.
     */
    private static final String HEAP = "34m";

    /**
     * Entry point of the forked JVM: makes every token pending, polls into an empty batch
     * once, then drains into a small batch and prints one line describing what happened.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        final EventQueue queue = EventQueue.create(TOKENS, "builtin");
        for (int t = 0; t < TOKENS; t++) {
            queue.notifier().notify(t);
        }
        final Events unsized = Events.withCapacity(0);
        String failed = "none";
        try {
            queue.poller().poll(unsized);
        } catch (OutOfMemoryError e) {
            failed = "OutOfMemoryError";
        }
        final BitSet seen = new BitSet(TOKENS);
        final Events small = Events.withCapacity(BATCH);
        long delivered = 0;
        int n;
        while ((n = queue.poller().poll(small, BATCH)) > 0) {
            for (int i = 0; i < n; i++) {
                seen.set(small.index(i));
            }
            delivered += n;
        }
        final boolean empty = queue.poller().isEmpty();
        boolean rearmed = true;
        for (int t = 0; t < TOKENS; t++) {
            rearmed &= queue.notifier().notify(t);
        }
        System.out.println(result(failed, unsized.size(), delivered, seen.cardinality(), empty,
            rearmed));
    }

    private static String result(String failed, int failedBatchSize, long delivered,
            int distinct, boolean empty, boolean rearmed) {
        return "failed=" + failed + " failedBatchSize=" + failedBatchSize
            + " delivered=" + delivered + " distinct=" + distinct + " empty=" + empty
            + " rearmed=" + rearmed;
    }

    private static String location(Class<?> type) throws Exception {
        return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
    }

    @Test
    void aPollThatRunsOutOfMemoryLeavesEveryTokenPending() throws Exception {
        final String classPath = String.join(File.pathSeparator, location(EventQueue.class),
            location(ConflatingEventQueue.class), location(PollOutOfMemoryTest.class));
        final Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        final Process process = new ProcessBuilder(java.toString(), "-ea", "-XX:+UseG1GC",
            "-Xms" + HEAP, "-Xmx" + HEAP, "-cp", classPath, PollOutOfMemoryTest.class.getName())
            .redirectErrorStream(true).start();
        final String output = new String(process.getInputStream().readAllBytes(),
            StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the forked JVM did not finish");
        assertEquals(0, process.exitValue(), output);
        final List<String> lines = output.lines().toList();
        assertFalse(lines.isEmpty(), "the forked JVM printed nothing");
        assertEquals(result("OutOfMemoryError", 0, TOKENS, TOKENS, true, true),
            lines.get(lines.size() - 1), output);
    }
}
