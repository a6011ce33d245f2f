package io.nexus.notify.readme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.CountingEventQueue;
import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import io.nexus.notify.QueueCounters;
import io.nexus.notify.channel.AgronaWaitStrategy;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.Sender;
import io.nexus.notify.channel.WaitStrategy;
import io.nexus.notify.value.LatestLongs;
import io.nexus.notify.value.LatestValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs every code example of the Javadoc of the library modules, and checks that each one is
 * run here. An example is a block between a Javadoc line {@link #OPEN} and a line
 * {@link #CLOSE}, in the main sources of {@code notify-api}, {@code notify-core},
 * {@code notify-channel} and this module (the conformance kit). With each line's leading
 * blanks, {@code *} and the one blank after it removed, it must be exactly the text of a block
 * between a {@code JAVADOC:name} marker and {@code JAVADOC:end} in this file or in one of the
 * {@link #EXAMPLE_CLASSES}, test classes that surefire runs as they are; and every such block
 * must still be an example. A new
 * example without a runner here fails the build, and so does a {@code <pre>} written any
 * other way.
 */
class JavadocExamplesTest {

    /** The source trees whose Javadoc examples must run, relative to this module. */
    private static final List<Path> SOURCES = List.of(
        Path.of("..", "notify-api", "src", "main", "java"),
        Path.of("..", "notify-core", "src", "main", "java"),
        Path.of("..", "notify-channel", "src", "main", "java"),
        Path.of("..", "notify-value", "src", "main", "java"),
        Path.of("src", "main", "java"));

    private static final Path SELF = Path.of("src", "test", "java", "io", "nexus", "notify",
        "readme", "JavadocExamplesTest.java");

    /**
     * Test classes that are themselves examples (the conformance kit's "extend me" classes):
     * surefire runs them, and their marked text must match the kit's Javadoc.
     */
    private static final List<Path> EXAMPLE_CLASSES = List.of(
        Path.of("src", "test", "java", "io", "nexus", "notify", "tck",
            "BuiltinConformanceTest.java"),
        Path.of("src", "test", "java", "io", "nexus", "notify", "tck",
            "BuiltinChannelConformanceTest.java"));

    private static final String OPEN = "<pre>{@code";
    private static final String CLOSE = "}</pre>";

    private final List<String> handled = new ArrayList<>();

    /** What the example backend of {@link #eventsWritePath()} holds, oldest first. */
    private final ArrayDeque<Integer> backlog = new ArrayDeque<>();

    private void handle(int item) {
        handled.add(Integer.toString(item));
    }

    private void handle(int item, long price) {
        handled.add(item + "=" + price);
    }

    /** The value class of the {@code LatestValues} example. */
    record Quote(long bid, long ask) {
    }

    private void show(int item, Quote quote) {
        handled.add(item + "=" + quote.bid() + "/" + quote.ask());
    }

    /** The channel of the {@code LatestLongs} example; showing a tick closes it. */
    private EventChannel tickChannel;

    /** Records a tick and its version, then closes the channel so that the example's loop ends. */
    private void show(int item, long[] tick, long version) {
        handled.add(item + "=" + Arrays.toString(tick) + " v" + version);
        tickChannel.close();
    }

    /** The example backend's queue length. */
    private int queuedNow() {
        return backlog.size();
    }

    /** The example backend's drain: moves at most {@code max} indices, oldest first. */
    private int takeInto(int[] into, int offset, int max) {
        int n = 0;
        while (n < max && !backlog.isEmpty()) {
            into[offset + n++] = backlog.poll();
        }
        return n;
    }

    @Test
    void eventQueue() {
        // JAVADOC:EventQueue
        EventQueue queue = EventQueue.create(1024);
        queue.notifier().notify(7);              // any producer thread
        Events events = Events.withCapacity(1024);
        int n = queue.poller().poll(events);     // the one consumer thread
        // JAVADOC:end
        assertEquals(1, n);
        assertArrayEquals(new int[] {7}, events.toArray());
    }

    @Test
    void events() {
        final EventQueue queue = EventQueue.create(16);
        final Poller poller = queue.poller();
        final Events events = Events.withCapacity(0);
        queue.notifier().notify(3);
        queue.notifier().notify(1);
        queue.notifier().notify(4);
        // JAVADOC:Events
        int n = poller.poll(events, 64);
        for (int i = 0; i < n; i++) {
            handle(events.index(i));
        }
        events.forEach(item -> handle(item));   // the same, as a lambda
        // JAVADOC:end
        assertEquals(List.of("3", "1", "4", "3", "1", "4"), handled);
    }

    @Test
    void eventsWritePath() {
        final Events events = Events.withCapacity(0);
        events.append(9);
        backlog.addAll(List.of(5, 6, 7));
        final int limit = 2;
        // JAVADOC:EventsWritePath
        events.clear();
        int max = Math.min(limit, queuedNow());   // never grow for more than is queued
        int[] into = events.reserve(max);         // may throw; nothing taken yet
        int n = takeInto(into, events.size(), max);   // must not throw
        events.commit(n);
        // JAVADOC:end
        assertEquals(2, n);
        assertArrayEquals(new int[] {5, 6}, events.toArray());
        assertEquals(List.of(7), List.copyOf(backlog));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void eventChannel() throws InterruptedException {
        final AtomicLongArray prices = new AtomicLongArray(1024);
        // JAVADOC:EventChannel
        try (EventChannel channel = EventChannel.create(1024)) {
            Sender sender = channel.sender();          // share with producer threads
            Thread producer = new Thread(() -> {
                prices.set(7, 10150);                  // write the latest value for item 7,
                sender.notify(7);                      // then notify
                channel.close();                       // the receiver drains, then sees CLOSED
            });
            producer.start();

            Receiver receiver = channel.receiver();    // the one consumer thread
            Events events = Events.withCapacity(1024);
            while (receiver.recv(events) != Receiver.CLOSED) {
                events.forEach(item -> handle(item, prices.get(item)));
            }
            producer.join();
        }
        // JAVADOC:end
        assertEquals(List.of("7=10150"), handled);
    }

    @Test
    void latestValues() {
        final EventQueue queue = EventQueue.create(1024);
        final Events events = Events.withCapacity(1024);
        // JAVADOC:LatestValues
        LatestValues<Quote> quotes = LatestValues.over(queue.notifier(), 1024);
        quotes.publish(7, new Quote(10125, 10150));          // any producer thread

        int n = queue.poller().poll(events);                  // the consumer
        quotes.takeEach(events, (item, quote) -> show(item, quote));
        // JAVADOC:end
        assertEquals(1, n);
        assertEquals(List.of("7=10125/10150"), handled);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void latestLongs() throws InterruptedException {
        final EventChannel channel = EventChannel.create(1024);
        tickChannel = channel;
        final Receiver receiver = channel.receiver();
        final Events events = Events.withCapacity(1024);
        final long bid = 10125;
        final long ask = 10150;
        final long size = 300;
        final long time = 42;
        // JAVADOC:LatestLongs
        LatestLongs ticks = LatestLongs.over(channel.sender(), 1024, 4);
        ticks.publish(7, bid, ask, size, time);             // any producer thread

        long[] tick = new long[4];                           // the consumer, once
        while (receiver.recv(events) != Receiver.CLOSED) {
            for (int i = 0; i < events.size(); i++) {
                int item = events.index(i);
                long version = ticks.read(item, tick);       // tick[0..3], one consistent update
                show(item, tick, version);
            }
        }
        // JAVADOC:end
        assertEquals(List.of("7=[10125, 10150, 300, 42] v1"), handled);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void backoffWaitStrategy() throws InterruptedException {
        // JAVADOC:WaitStrategy
        EventChannel channel = EventChannel.create(1024, null,
            WaitStrategy.backoff(64, 4, 1_000, 1_000_000));   // spin, yield, park 1 us .. 1 ms
        // JAVADOC:end
        try (channel) {
            assertEquals(WaitStrategy.backoff(64, 4, 1_000, 1_000_000), channel.waitStrategy());
            channel.sender().notify(9);
            final Events events = Events.withCapacity(4);
            assertEquals(1, channel.receiver().recv(events));
            assertEquals(9, events.index(0));
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void agronaWaitStrategy() throws InterruptedException {
        // JAVADOC:AgronaWaitStrategy
        EventChannel channel = EventChannel.create(1024, null,
            AgronaWaitStrategy.of(new BackoffIdleStrategy()));
        // JAVADOC:end
        try (channel) {
            channel.sender().notify(4);
            final Events events = Events.withCapacity(4);
            assertEquals(1, channel.receiver().recv(events));
            assertEquals(4, events.index(0));
        }
    }

    @Test
    void countingEventQueue() {
        final Events events = Events.withCapacity(8);
        // JAVADOC:CountingEventQueue
        CountingEventQueue queue = CountingEventQueue.over(EventQueue.create(1024));
        queue.notifier().notify(7);
        queue.notifier().notify(7);                              // conflated
        queue.poller().poll(events);
        QueueCounters counters = queue.counters();              // 1 new, 1 conflated, 1 delivered
        // JAVADOC:end
        assertEquals(new QueueCounters(1, 1, 1, 0, 1), counters);
    }

    @Test
    void everyJavadocExampleRunsHere() throws IOException {
        final List<String> runners = new ArrayList<>(MarkedSnippets.in(SELF, "JAVADOC"));
        for (Path exampleClass : EXAMPLE_CLASSES) {
            runners.addAll(MarkedSnippets.in(exampleClass, "JAVADOC"));
        }
        final List<String> examples = new ArrayList<>();
        for (Path root : SOURCES) {
            assertTrue(Files.isDirectory(root), "no source tree at " + root.toAbsolutePath());
            for (Path file : javaFiles(root)) {
                for (String example : examples(file)) {
                    examples.add(example);
                    assertTrue(runners.contains(example), file + " has a Javadoc example that"
                        + " no test in " + SELF + " runs:\n" + example);
                }
            }
        }
        assertFalse(examples.isEmpty(), "no Javadoc examples found under " + SOURCES);
        for (String runner : runners) {
            assertTrue(examples.contains(runner), SELF + " runs an example that no Javadoc"
                + " shows any more:\n" + runner);
        }
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted()
                .collect(Collectors.toList());
        }
    }

    /**
     * The code examples of one source file, each line as {@link #docText} leaves it. Fails on
     * a {@code <pre>} in a Javadoc line that is not exactly {@link #OPEN}, and on an example
     * whose end is not a line starting with {@link #CLOSE}.
     */
    private static List<String> examples(Path file) throws IOException {
        final List<String> found = new ArrayList<>();
        StringBuilder current = null;
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            final String text = docText(line);
            if (current == null) {
                if (isDoc(line) && text.contains("<pre>")) {
                    assertEquals(OPEN, text.trim(), file + ":" + number
                        + ": write a Javadoc example as " + OPEN + " on a line of its own");
                    current = new StringBuilder();
                }
            } else if (text.startsWith(CLOSE)) {
                found.add(current.toString());
                current = null;
            } else {
                assertFalse(text.contains(CLOSE), file + ":" + number + ": end a Javadoc"
                    + " example with " + CLOSE + " on a line of its own");
                current.append(text).append('\n');
            }
        }
        assertNull(current, file + ": a Javadoc example has no " + CLOSE);
        return found;
    }

    /** Tells whether a source line is part of a comment block: it starts with a star. */
    private static boolean isDoc(String line) {
        final String stripped = line.stripLeading();
        return stripped.startsWith("*") || stripped.startsWith("/**");
    }

    /** A Javadoc line without its leading blanks, its {@code *} and the blank after it. */
    private static String docText(String line) {
        final String stripped = line.stripLeading();
        if (!stripped.startsWith("*") || stripped.startsWith("*/")) {
            return stripped;
        }
        return stripped.startsWith("* ") ? stripped.substring(2) : stripped.substring(1);
    }
}
