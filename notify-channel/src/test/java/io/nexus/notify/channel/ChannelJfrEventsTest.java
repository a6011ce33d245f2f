package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

/**
 * The receiver's JFR events, each in a JVM of its own because the switch is read once: with
 * {@code -Dio.nexus.notify.jfr=true} every park and every wake-up is one event, without it
 * there are none (the counters count either way).
 */
class ChannelJfrEventsTest {

    /** Park-then-wake rounds in the child JVM. */
    static final int ROUNDS = 5;

    @Test
    void withThePropertyEveryParkAndWakeupIsAnEvent() throws Exception {
        final Result result = runChild(true);
        assertTrue(result.wakeups >= ROUNDS, result.line);
        assertEquals(result.parks, result.parkEvents, result.line);
        assertEquals(result.wakeups, result.wakeupEvents, result.line);
    }

    @Test
    void withoutThePropertyThereAreNoEvents() throws Exception {
        final Result result = runChild(false);
        assertTrue(result.wakeups >= ROUNDS, result.line);
        assertEquals(0, result.parkEvents, result.line);
        assertEquals(0, result.wakeupEvents, result.line);
    }

    /**
     * The child JVM: records the two events while a receiver parks and a sender wakes it,
     * {@link #ROUNDS} times, then prints the channel's counters and the events it found.
     *
     * @param args unused
     * @throws Exception if anything fails
     */
    public static void main(String[] args) throws Exception {
        final Path file = Files.createTempFile("notify-channel", ".jfr");
        final ChannelCounters counters;
        try (Recording recording = new Recording()) {
            recording.enable("io.nexus.notify.ReceiverPark").withoutThreshold();
            recording.enable("io.nexus.notify.ReceiverWakeup");
            recording.start();
            try (EventChannel channel = EventChannel.create(8, null,
                    WaitStrategy.parkImmediately())) {
                for (int round = 0; round < ROUNDS; round++) {
                    final Thread receiver = new Thread(() -> receive(channel), "receiver");
                    receiver.start();
                    BackgroundCall.awaitParked(receiver);
                    channel.sender().notify(round);
                    receiver.join();
                }
                counters = channel.counters();
            }
            recording.stop();
            recording.dump(file);
        }
        final List<RecordedEvent> events = RecordingFile.readAllEvents(file);
        Files.delete(file);
        System.out.println(counters.parks() + " " + counters.wakeups() + " "
            + count(events, "io.nexus.notify.ReceiverPark") + " "
            + count(events, "io.nexus.notify.ReceiverWakeup"));
    }

    private static void receive(EventChannel channel) {
        try {
            channel.receiver().recv(Events.withCapacity(8));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(List<RecordedEvent> events, String name) {
        return events.stream().filter(e -> e.getEventType().getName().equals(name)).count();
    }

    /** What the child printed: counters, then event counts. */
    private static final class Result {
        final String line;
        final long parks;
        final long wakeups;
        final long parkEvents;
        final long wakeupEvents;

        Result(String line) {
            this.line = line;
            final String[] fields = line.trim().split(" ");
            parks = Long.parseLong(fields[0]);
            wakeups = Long.parseLong(fields[1]);
            parkEvents = Long.parseLong(fields[2]);
            wakeupEvents = Long.parseLong(fields[3]);
        }
    }

    private static Result runChild(boolean jfr) throws Exception {
        final String classPath = String.join(File.pathSeparator, location(EventQueue.class),
            location(EventChannel.class), location(ChannelJfrEventsTest.class),
            location(Class.forName("io.nexus.notify.core.ConflatingEventQueue")),
            location(Class.forName("org.junit.jupiter.api.Assertions")),
            location(Class.forName("org.opentest4j.AssertionFailedError")));
        final Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        final Process process = new ProcessBuilder(java.toString(),
            "-D" + JfrEvents.PROPERTY + "=" + jfr, "-cp", classPath,
            ChannelJfrEventsTest.class.getName()).redirectErrorStream(true).start();
        final String output = new String(process.getInputStream().readAllBytes(),
            StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        assertEquals(0, process.exitValue(), output);
        final List<String> lines = output.lines().toList();
        return new Result(lines.get(lines.size() - 1));
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
    }
}
