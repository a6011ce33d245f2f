package io.nexus.notify.readme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aeron.Aeron;
import io.nexus.notify.CountingEventQueue;
import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.QueueCounters;
import io.nexus.notify.aeron.EmbeddedDriver;
import io.nexus.notify.aeron.LongsPublisher;
import io.nexus.notify.aeron.LongsSubscriber;
import io.nexus.notify.channel.ChannelCounters;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.SelectorWaker;
import io.nexus.notify.channel.Sender;
import io.nexus.notify.channel.WaitStrategy;
import io.nexus.notify.core.agent.PollingAgent;
import io.nexus.notify.value.LatestLongs;
import io.nexus.notify.value.LatestValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntConsumer;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.CompositeAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the README's code snippets, and checks that the README shows exactly the code run
 * here: each block between a {@code README:name} marker and {@code README:end} in this file,
 * with the marker's indentation removed, must be exactly a {@code java} code block of the
 * README, and each {@code java} code block of the README must be one of them.
 */
class ReadmeExamplesTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SELF = Path.of("src", "test", "java", "io", "nexus", "notify",
        "readme", "ReadmeExamplesTest.java");

    private static final String JAVA_BLOCK = "```java";
    private static final String END_BLOCK = "```";

    private final List<String> handled = new ArrayList<>();

    /** What the agent example's {@code reprice} does in the test that runs it. */
    private IntConsumer repricer = item -> { };

    private void reprice(int item) {
        repricer.accept(item);
    }

    private void handle(int item, long price) {
        handled.add(item + "=" + price);
    }

    /** The value class of the latest-values examples. */
    record Quote(long bid, long ask) {
    }

    private void show(int item, Quote quote) {
        handled.add(item + "=" + quote.bid() + "/" + quote.ask());
    }

    /** Records an item's bid, ask and size (not its time, which differs per run) and version. */
    private void show(int item, long[] tick, long version) {
        handled.add(item + "=" + tick[0] + "/" + tick[1] + "x" + tick[2] + " v" + version);
    }

    /** The selector example's loop runs while this is true; its handlers clear it. */
    private boolean running = true;

    /** Where the selector example's server listens, once it has said so. */
    private final CompletableFuture<SocketAddress> advertised = new CompletableFuture<>();

    /** The selector example's producer threads. */
    private final List<Thread> producers = new ArrayList<>();

    /** What the selector example's loop read from its socket, and whether it saw the end. */
    private final StringBuilder socketText = new StringBuilder();
    private boolean endOfStream;

    private void advertise(SocketAddress address) {
        advertised.complete(address);
    }

    /** Starts one producer thread that notifies items 1, 2 and 3. */
    private void startProducers(Notifier notifier) {
        final Thread producer = new Thread(() -> {
            for (int item = 1; item <= 3; item++) {
                notifier.notify(item);
            }
        });
        producers.add(producer);
        producer.start();
    }

    /** Reads what the connection has; closes it at the end of the stream. */
    private void read(SocketChannel channel, ByteBuffer buffer) throws IOException {
        buffer.clear();
        final int n = channel.read(buffer);
        if (n < 0) {
            endOfStream = true;
            channel.close();
        } else {
            socketText.append(new String(buffer.array(), 0, n, StandardCharsets.US_ASCII));
        }
        running = !(endOfStream && handled.size() == 3);
    }

    private void handle(int item) {
        handled.add(Integer.toString(item));
        running = !(endOfStream && handled.size() == 3);
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
                events.forEach(item -> received.add(item));
            }
            producer.join();
        }
        // README:end
        assertEquals(List.of(42), received);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void observability() throws InterruptedException {
        // README:observability
        CountingEventQueue queue = CountingEventQueue.over(EventQueue.create(1024));
        EventChannel channel = EventChannel.over(queue, WaitStrategy.defaultStrategy());
        // ... producers notify through channel.sender(), the loop receives ...
        QueueCounters q = queue.counters();        // notifies (new, conflated), polls, empty, delivered
        ChannelCounters c = channel.counters();    // receiver parks, and wake-ups by senders or close
        // README:end
        assertEquals(new QueueCounters(0, 0, 0, 0, 0), q);
        assertEquals(new ChannelCounters(0, 0), c);
        channel.sender().notify(3);
        channel.sender().notify(3);
        final Events events = Events.withCapacity(8);
        assertEquals(1, channel.receiver().recv(events));
        assertEquals(new QueueCounters(1, 1, 1, 0, 1), queue.counters());
        channel.close();
    }

    @Test
    void localQueue() {
        final Events events = Events.withCapacity(16);
        // README:local
        EventQueue local = EventQueue.createLocal(1024);   // notifier and poller on this thread
        local.notifier().notify(7);
        local.notifier().notify(7);                        // conflated
        int n = local.poller().poll(events, 64);           // 1: token 7
        // README:end
        assertEquals(1, n);
        assertArrayEquals(new int[] {7}, events.toArray());
        assertEquals("local", local.backend());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void pollingAgent() throws InterruptedException {
        final EventQueue queue = EventQueue.create(1024);
        final CountDownLatch repriced = new CountDownLatch(1);
        repricer = item -> repriced.countDown();
        // README:agent
        PollingAgent agent = new PollingAgent("prices", queue.poller(), 64, item -> reprice(item));
        AgentRunner runner = new AgentRunner(new BackoffIdleStrategy(), Throwable::printStackTrace,
            null, agent);
        AgentRunner.startOnThread(runner);
        // README:end
        try {
            queue.notifier().notify(5);
            repriced.await();
        } finally {
            runner.close();
        }
        assertEquals(0, repriced.getCount());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void acrossProcesses() throws Exception {
        // README:across
        try (EmbeddedDriver driver = EmbeddedDriver.launch();     // or a client of your own driver
             EventChannel channel = EventChannel.create(1024)) {
            Aeron aeron = driver.aeron();

            // the receiving process: the stream feeds a LatestLongs, the consumer loop is the usual one
            LatestLongs ticks = LatestLongs.over(channel.sender(), 1024, 4);   // bid ask size time
            LongsSubscriber in = LongsSubscriber.create(aeron, "aeron:ipc", 10, ticks);

            // the sending process: publish never blocks and never touches Aeron
            LongsPublisher out = LongsPublisher.create(aeron, "aeron:ipc", 10, 1024, 4);
            out.publish(7, 10125, 10150, 300, 1);
            out.publish(7, 10130, 10155, 200, 2);            // conflated: one message for both

            // each process runs its agents on a duty-cycle thread; one runner for both here
            AgentRunner runner = new AgentRunner(new BackoffIdleStrategy(),
                Throwable::printStackTrace, null, new CompositeAgent(out, in));
            AgentRunner.startOnThread(runner);

            Receiver receiver = channel.receiver();
            Events events = Events.withCapacity(1024);
            long[] tick = new long[4];
            receiver.recv(events);                           // blocks until a token arrives
            int item = events.index(0);
            show(item, tick, ticks.read(item, tick));        // 7: 10130/10155 x 200, version 1
            runner.close();                                  // closes both agents
        }
        // README:end
        assertEquals(List.of("7=10130/10155x200 v1"), handled);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void selectorLoop() throws Exception {
        final Thread client = new Thread(() -> {
            try (SocketChannel channel = SocketChannel.open(advertised.join())) {
                channel.write(ByteBuffer.wrap("hello".getBytes(StandardCharsets.US_ASCII)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        client.start();
        // README:selector
        try (Selector selector = Selector.open();
             ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            advertise(server.getLocalAddress());         // tell clients where to connect

            SelectorWaker waker = SelectorWaker.over(EventQueue.create(1024), selector);
            startProducers(waker.notifier());            // any thread: notifier.notify(item)
            Poller poller = waker.poller();              // this thread's alone
            Events events = Events.withCapacity(1024);
            ByteBuffer buffer = ByteBuffer.allocate(4096);

            while (running) {
                waker.select();                          // a socket ready, or a token pending
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isAcceptable()) {
                        SocketChannel connection = server.accept();
                        if (connection != null) {
                            connection.configureBlocking(false);
                            connection.register(selector, SelectionKey.OP_READ);
                        }
                    } else if (key.isReadable()) {
                        read((SocketChannel) key.channel(), buffer);
                    }
                }
                selector.selectedKeys().clear();
                int n = poller.poll(events, 64);         // at most 64 tokens a turn, oldest first
                for (int i = 0; i < n; i++) {
                    handle(events.index(i));
                }
            }
        }
        // README:end
        client.join();
        for (Thread producer : producers) {
            producer.join();
        }
        assertEquals("hello", socketText.toString());
        assertEquals(List.of("1", "2", "3"), handled);
    }

    @Test
    void channelEndsServeAsNotifierAndPoller() {
        final Events events = Events.withCapacity(16);
        // README:channel-as-queue
        EventChannel channel = EventChannel.create(1024);
        Notifier notifier = channel.sender();      // for code written against the queue API
        Poller poller = channel.receiver();
        notifier.notify(3);                        // also wakes a parked receiver
        int n = poller.poll(events);               // 1: token 3
        channel.close();
        int after = poller.poll(events);           // 0, never CLOSED
        // README:end
        assertEquals(1, n);
        assertEquals(0, after);
        assertEquals(Receiver.CLOSED, channel.receiver().tryRecv(events));
    }

    @Test
    void latestValuesPollingLoop() {
        // README:latest-values
        EventQueue queue = EventQueue.create(1024);
        LatestValues<Quote> quotes = LatestValues.over(queue.notifier(), 1024);
        Events events = Events.withCapacity(1024);

        // producers, any thread: store the latest value, then notify, in one call
        quotes.publish(7, new Quote(10125, 10150));
        quotes.publish(7, new Quote(10130, 10155));   // replaces the unread quote; 7 stays queued

        // event loop: take the latest value of each changed item, oldest first
        int n = queue.poller().poll(events, 64);
        quotes.takeEach(events, (item, quote) -> show(item, quote));
        // README:end
        assertEquals(1, n);
        assertEquals(List.of("7=10130/10155"), handled);
    }

    @Test
    void latestValuesMerge() {
        final EventQueue queue = EventQueue.create(1024);
        final Events events = Events.withCapacity(1024);
        // README:latest-values-merge
        LatestValues<Long> traded = LatestValues.over(queue.notifier(), 1024);
        traded.merge(7, 300L, Long::sum);       // two fills before the consumer looks:
        traded.merge(7, 200L, Long::sum);       // folded into the unread volume, none lost
        queue.poller().poll(events);
        Long volume = traded.take(7);           // 500, and the slot is empty again
        Long again = traded.take(7);            // null: what a spurious event reads
        // README:end
        assertEquals(1, events.size());
        assertEquals(500L, volume);
        assertNull(again);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void latestLongsBlockingLoop() throws InterruptedException {
        // README:latest-longs
        try (EventChannel channel = EventChannel.create(1024)) {
            LatestLongs ticks = LatestLongs.over(channel.sender(), 1024, 4); // bid ask size time
            Thread feed = new Thread(() -> {
                ticks.publish(7, 10125, 10150, 300, System.nanoTime());   // allocates nothing
                ticks.publish(7, 10130, 10155, 200, System.nanoTime());
                channel.close();
            });
            feed.start();

            Receiver receiver = channel.receiver();    // the one consumer thread
            Events events = Events.withCapacity(1024);
            long[] tick = new long[4];
            while (receiver.recv(events) != Receiver.CLOSED) {
                for (int i = 0; i < events.size(); i++) {
                    int item = events.index(i);
                    long version = ticks.read(item, tick);   // one write's fields, never a mix
                    show(item, tick, version);               // version: writes so far
                }
            }
            feed.join();
        }
        // README:end
        assertFalse(handled.isEmpty());
        assertEquals("7=10130/10155x200 v2", handled.get(handled.size() - 1));
        final List<String> either = List.of("7=10125/10150x300 v1", "7=10130/10155x200 v2");
        for (String shown : handled) {
            assertTrue(either.contains(shown), shown);
        }
    }

    @Test
    void readmeShowsTheCodeThatRunsHere() throws IOException {
        final List<String> blocks = javaBlocks(Files.readString(README, StandardCharsets.UTF_8));
        final List<String> snippets = MarkedSnippets.in(SELF, "README");
        assertFalse(snippets.isEmpty(), "no snippets found in " + SELF);
        for (String snippet : snippets) {
            assertTrue(blocks.contains(snippet), "README.md shows no java block that is exactly"
                + " this snippet:\n" + snippet);
        }
        for (String block : blocks) {
            assertTrue(snippets.contains(block), "README.md shows Java code that no test in "
                + SELF + " runs:\n" + block);
        }
    }

    /** The README's {@code java} code blocks, each line ending with a line break. */
    private static List<String> javaBlocks(String markdown) {
        final List<String> found = new ArrayList<>();
        StringBuilder current = null;
        for (String line : markdown.split("\n", -1)) {
            if (current == null) {
                if (line.trim().equals(JAVA_BLOCK)) {
                    current = new StringBuilder();
                }
            } else if (line.trim().equals(END_BLOCK)) {
                found.add(current.toString());
                current = null;
            } else {
                current.append(line).append('\n');
            }
        }
        assertNull(current, "README.md: a " + JAVA_BLOCK + " block is not closed");
        return found;
    }
}
