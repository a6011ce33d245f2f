package io.nexus.notify.core.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.core.ConflatingEventQueue;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;
import org.junit.jupiter.api.Test;

/**
 * Agrona 2.x cannot start without access to {@code jdk.internal.misc}. In a forked JVM with
 * Agrona on the class path but without that option, the backend must report itself
 * unavailable and name the option, and the other backends must keep working.
 */
class AgronaWithoutJvmOptionTest {

    /**
     * Entry point of the forked JVM: prints the available backends, then the agrona reason.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        System.out.println(EventQueue.availableBackends());
        System.out.println(new AgronaProvider().unavailableReason().orElse("available"));
    }

    private static String location(Class<?> type) throws Exception {
        return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
    }

    @Test
    void reportsTheMissingOptionAndLeavesTheOthersAvailable() throws Exception {
        final String classPath = String.join(File.pathSeparator, location(EventQueue.class),
            location(ConflatingEventQueue.class), location(ManyToOneConcurrentArrayQueue.class),
            location(AgronaWithoutJvmOptionTest.class));
        final Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        final Process process = new ProcessBuilder(java.toString(), "-cp", classPath,
            AgronaWithoutJvmOptionTest.class.getName()).redirectErrorStream(true).start();
        final String output = new String(process.getInputStream().readAllBytes(),
            StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the forked JVM did not finish");
        assertEquals(0, process.exitValue(), output);
        final List<String> lines = output.lines().toList();
        assertEquals("[builtin]", lines.get(lines.size() - 2), output);
        final String reason = lines.get(lines.size() - 1);
        assertTrue(reason.contains("--add-exports java.base/jdk.internal.misc=ALL-UNNAMED"),
            reason);
    }

    @Test
    void declaresTheOptionItNeedsWhereToolsCanReadIt() {
        assertEquals(List.of("--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED"),
            new AgronaProvider().jvmOptions());
    }
}
