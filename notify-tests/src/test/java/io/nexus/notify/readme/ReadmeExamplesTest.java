package io.nexus.notify.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.Sender;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the README's code snippets, and checks that the README shows exactly the code run
 * here: each block between a {@code README:name} marker and {@code README:end} in this file
 * must appear verbatim (indentation removed) in the README.
 */
class ReadmeExamplesTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SELF = Path.of("src", "test", "java", "io", "nexus", "notify", "readme",
        "ReadmeExamplesTest.java");

    private final List<String> handled = new ArrayList<>();

    private void handle(int item, long price) {
        handled.add(item + "=" + price);
    }

    @Test
    void quickStart() {
        // README:quick-start
        EventQueue queue = EventQueue.create(1024);
        Notifier notifier = queue.notifier();   // share with every producer thread
        Poller poller = queue.poller();         // keep on the one event-loop thread
        Events events = Events.withCapacity(1024);
        AtomicLongArray latest = new AtomicLongArray(1024);

        // producer: publish the latest value for item 7, then notify
        latest.set(7, 10125);
        notifier.notify(7);
        latest.set(7, 10150);                   // a second update before the consumer looks:
        notifier.notify(7);                     // conflated, item 7 is already pending

        // event loop: drain at most 64 changed items, oldest first
        int n = poller.poll(events, 64);
        for (int i = 0; i < n; i++) {
            int item = events.index(i);
            handle(item, latest.get(item));
        }
        // README:end
        assertEquals(List.of("7=10150"), handled);
    }

    @Test
    void budgetedDrain() {
        EventQueue queue = EventQueue.create(256);
        Events events = Events.withCapacity(16);
        // README:budget
        for (int item = 0; item < 100; item++) {
            queue.notifier().notify(item);
        }
        int first = queue.poller().poll(events, 10);   // the 10 oldest: items 0..9
        int rest = queue.poller().poll(events);        // the other 90, still in order
        // README:end
        assertEquals(10, first);
        assertEquals(90, rest);
        assertEquals(10, events.index(0));
        assertEquals(99, events.index(89));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void blockingChannel() throws InterruptedException {
        final List<Integer> received = new ArrayList<>();
        // README:channel
        try (EventChannel channel = EventChannel.create(1024)) {
            Sender sender = channel.sender();          // share with producer threads
            Receiver receiver = channel.receiver();    // the one consumer thread
            Events events = Events.withCapacity(1024);

            Thread producer = new Thread(() -> {
                sender.notify(42);                     // wakes the receiver if it is parked
                channel.close();                       // later notifies throw IllegalStateException
            });
            producer.start();

            // blocks until something is pending; after close, drains what is left, then CLOSED
            while (receiver.recv(events) != Receiver.CLOSED) {
                events.forEachIndex(item -> received.add(item));
            }
            producer.join();
        }
        // README:end
        assertEquals(List.of(42), received);
    }

    @Test
    void readmeShowsTheCodeThatRunsHere() throws IOException {
        final String readme = Files.readString(README, StandardCharsets.UTF_8);
        final List<String> snippets = snippets(Files.readAllLines(SELF, StandardCharsets.UTF_8));
        assertFalse(snippets.isEmpty(), "no snippets found in " + SELF);
        for (String snippet : snippets) {
            assertTrue(readme.contains(snippet), "README.md lacks this snippet:\n" + snippet);
        }
    }

    private static List<String> snippets(List<String> lines) {
        final List<String> found = new ArrayList<>();
        StringBuilder current = null;
        int indent = 0;
        for (String line : lines) {
            final String trimmed = line.trim();
            if (trimmed.startsWith("// README:") && !trimmed.equals("// README:end")
                    && !trimmed.contains("\"")) {
                current = new StringBuilder();
                indent = line.indexOf('/');
            } else if (trimmed.equals("// README:end") && current != null) {
                found.add(current.toString());
                current = null;
            } else if (current != null) {
                current.append(line.length() > indent ? line.substring(indent) : line.trim()).append('\n');
            }
        }
        return found;
    }
}
