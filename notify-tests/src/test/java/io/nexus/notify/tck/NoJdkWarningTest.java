package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.core.ConflatingEventQueue;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java 24 and later print a warning the first time code calls a memory-access method of
 * {@code sun.misc.Unsafe}. In a forked JVM started as a user of every backend starts it (the
 * libraries on the class path, Agrona's {@code --add-exports} given), using each backend must
 * leave standard error free of any {@code WARNING} line. A control forks the same JVM to use
 * JCTools' {@code Unsafe}-based {@code MpscArrayQueue}, which the {@code jctools} backend once
 * used, and sees the warning, so the check can see what it looks for. Skipped before Java 24,
 * where the JDK prints no such warning.
 */
class NoJdkWarningTest {

    /** The JDK release that first warns about {@code sun.misc.Unsafe} memory access. */
    private static final int FIRST_WARNING_RELEASE = 24;

    /** The JCTools queue that reaches its fields through {@code sun.misc.Unsafe}. */
    private static final String UNSAFE_QUEUE = "org.jctools.queues.MpscArrayQueue";

    /** What the forked JVM is asked to do: use every backend. */
    private static final String USE_BACKENDS = "backends";

    /** What the forked JVM is asked to do: use the {@code Unsafe}-based JCTools queue. */
    private static final String USE_UNSAFE_QUEUE = "unsafe-queue";

    @TempDir
    Path dir;

    @BeforeEach
    void onlyWhereTheJdkWarns() {
        assumeTrue(Runtime.version().feature() >= FIRST_WARNING_RELEASE,
            "the JDK warns about sun.misc.Unsafe from Java " + FIRST_WARNING_RELEASE);
    }

    /**
     * Entry point of the forked JVM. With {@value #USE_BACKENDS}: prints the available
     * backends, then for each one its name and the tokens a poll returns after three notifies.
     * With {@value #USE_UNSAFE_QUEUE}: offers to and polls JCTools' {@code MpscArrayQueue}.
     *
     * @param args {@value #USE_BACKENDS} or {@value #USE_UNSAFE_QUEUE}
     * @throws Exception if the queue cannot be created
     */
    public static void main(String[] args) throws Exception {
        if (USE_UNSAFE_QUEUE.equals(args[0])) {
            @SuppressWarnings("unchecked")
            final Queue<Integer> queue = (Queue<Integer>) Class.forName(UNSAFE_QUEUE)
                .getConstructor(int.class).newInstance(2);
            queue.offer(7);
            System.out.println(queue.poll());
            return;
        }
        System.out.println(EventQueue.availableBackends());
        for (String backend : EventQueue.availableBackends()) {
            final EventQueue queue = EventQueue.create(8, backend);
            queue.notifier().notify(5);
            queue.notifier().notify(1);
            queue.notifier().notify(5);
            final Events events = Events.withCapacity(8);
            queue.poller().poll(events);
            System.out.println(backend + " " + events.size() + " " + events.index(0) + " "
                + events.index(1));
        }
    }

    private static String location(Class<?> type) throws Exception {
        return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
    }

    /** The forked JVM's standard output and standard error, as lines. */
    private record Output(List<String> out, List<String> err) {
    }

    private Output fork(String task) throws Exception {
        // Looked up without initialising it: its initialiser would make this JVM warn.
        final Class<?> unsafeQueue =
            Class.forName(UNSAFE_QUEUE, false, NoJdkWarningTest.class.getClassLoader());
        final String classPath = String.join(File.pathSeparator, location(EventQueue.class),
            location(ConflatingEventQueue.class), location(unsafeQueue),
            location(ManyToOneConcurrentArrayQueue.class), location(NoJdkWarningTest.class));
        final Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        final Path err = dir.resolve("stderr.txt");
        final List<String> command = new ArrayList<>(List.of(java.toString(),
            // The JDK's default since 24, named so that a changed default cannot hide a warning.
            "--sun-misc-unsafe-memory-access=warn",
            "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
            "-cp", classPath, NoJdkWarningTest.class.getName(), task));
        final Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        final String out = new String(process.getInputStream().readAllBytes(),
            StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the forked JVM did not finish");
        final Output output = new Output(out.lines().toList(), Files.readAllLines(err));
        assertEquals(0, process.exitValue(), output::toString);
        return output;
    }

    @Test
    void noBackendMakesTheJdkWarn() throws Exception {
        final Output output = fork(USE_BACKENDS);
        assertEquals(List.of("[builtin, jctools, agrona]", "builtin 2 5 1", "jctools 2 5 1",
            "agrona 2 5 1"), output.out());
        assertTrue(output.err().stream().noneMatch(line -> line.contains("WARNING")),
            () -> String.join("\n", output.err()));
    }

    @Test
    void theUnsafeQueueOfJctoolsMakesTheJdkWarn() throws Exception {
        final Output output = fork(USE_UNSAFE_QUEUE);
        assertEquals(List.of("7"), output.out());
        assertTrue(output.err().stream().anyMatch(line -> line.contains("sun.misc.Unsafe")
            && line.contains("org.jctools")), () -> String.join("\n", output.err()));
    }
}
