package io.nexus.notify.aeron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.aeron.Aeron;
import io.aeron.driver.MediaDriver;
import io.nexus.notify.EventQueue;
import io.nexus.notify.core.ConflatingEventQueue;
import io.nexus.notify.value.LatestLongs;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A child JVM running a test main class, on this module's class path: its output lines are
 * collected, its standard input is the stop signal.
 */
final class ChildJvm implements AutoCloseable {

    /** The option Aeron and Agrona need, passed to every child unless asked not to. */
    static final String EXPORTS = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer output = new StringBuffer();

    private ChildJvm(Process process) {
        this.process = process;
        final Thread reader = new Thread(this::read, "child-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a child JVM.
     *
     * @param exports whether to pass {@link #EXPORTS}
     * @param main    the main class
     * @param args    its arguments
     * @return the running child
     */
    static ChildJvm start(boolean exports, Class<?> main, String... args) {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        if (exports) {
            command.add(EXPORTS);
        }
        command.add("-cp");
        command.add(classPath());
        command.add(main.getName());
        command.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classPath() {
        final List<String> entries = new ArrayList<>();
        for (Class<?> type : List.of(ChildJvm.class, LongsPublisher.class, EventQueue.class,
            ConflatingEventQueue.class, LatestLongs.class, Aeron.class, MediaDriver.class,
            UnsafeBuffer.class)) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation()
                    .toURI()).toString());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
            process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.append(line).append('\n');
                lines.add(line);
            }
        } catch (IOException e) {
            output.append("(output unreadable: ").append(e).append(")\n");
        }
    }

    /**
     * Waits for an output line that starts with a prefix.
     *
     * @param prefix  the prefix
     * @param timeout how long to wait
     * @return the line
     * @throws InterruptedException if interrupted
     */
    String awaitLine(String prefix, Duration timeout) throws InterruptedException {
        final long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            final String line = lines.poll(Math.max(0, end - System.nanoTime()),
                TimeUnit.NANOSECONDS);
            if (line == null) {
                fail("no line '" + prefix + "...' from the child within " + timeout
                    + "; its output:\n" + output);
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /**
     * Ends the child's standard input, so it stops, and waits for a zero exit.
     *
     * @throws Exception if the child does not exit, or exits non-zero
     */
    void stop() throws Exception {
        process.getOutputStream().close();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the child did not stop:\n" + output);
        assertEquals(0, process.exitValue(), "the child failed:\n" + output);
    }

    /**
     * Kills the child with SIGKILL ({@code kill -9}) and waits until it is gone.
     *
     * @throws InterruptedException if interrupted
     */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the killed child is still there");
    }

    /**
     * Waits for the child to exit by itself.
     *
     * @return its exit code
     * @throws InterruptedException if interrupted
     */
    int awaitExit() throws InterruptedException {
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child did not exit:\n" + output);
        return process.exitValue();
    }

    /**
     * Returns what the child printed so far.
     *
     * @return the output
     */
    String output() {
        return output.toString();
    }

    /** Kills the child if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
