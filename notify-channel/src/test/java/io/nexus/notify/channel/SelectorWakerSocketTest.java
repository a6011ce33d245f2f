package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Socket data and tokens through one loop: a client writes bytes to a loopback connection
 * while producer threads notify tokens, and the loop, selecting through a
 * {@link SelectorWaker} on a selector that holds the non-blocking server and connection,
 * handles both until it has every byte and every token.
 *
 * <p>The books are exact per token: every notify that returned {@code true} queued its token
 * once, so the loop must be handed each token exactly as many times as its notifies returned
 * {@code true}, however many notifies conflated. Each producer ends with a notify of its own
 * "done" token; FIFO delivery puts every earlier token of that producer ahead of it, so once
 * the loop has every done token and the end of the stream, the books can be closed.
 *
 * <p>The client and the producers keep in step with the loop so that the two kinds of event
 * interleave in many turns instead of arriving in two bursts: the client writes its next chunk
 * only once the loop has read everything written so far, and a producer starts its next round
 * only once the loop has finished a turn since the round began. A lost wake-up therefore
 * stalls everyone; the waits give up after {@link BackgroundCall#PATIENCE_SECONDS} and fail
 * the test.
 */
class SelectorWakerSocketTest {

    private static final int PRODUCERS = 3;
    private static final int TOKENS_PER_PRODUCER = 32;
    private static final int ROUNDS = 300;
    private static final int DATA_TOKENS = PRODUCERS * TOKENS_PER_PRODUCER;
    private static final int CAPACITY = DATA_TOKENS + PRODUCERS;
    private static final int BYTES = 256 * 1024;
    private static final int BUDGET = 16;

    /** The built-in backends. */
    static List<String> backends() {
        return SelectorWakerBackends.NAMES;
    }

    /** The byte the client writes at a position of its stream. */
    private static byte byteAt(long position) {
        return (byte) (position * 31 + (position >>> 8));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void socketDataAndTokensInterleaveAndBothAreHandled(String backend) throws Exception {
        try (Selector selector = Selector.open();
             ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            final InetSocketAddress address = (InetSocketAddress) server.getLocalAddress();
            final SelectorWaker waker = SelectorWaker.over(EventQueue.create(CAPACITY, backend),
                selector);

            final CountDownLatch go = new CountDownLatch(1);
            final Progress progress = new Progress();
            final BackgroundCall<Long> client = BackgroundCall.start("client",
                () -> writeAll(address, go, progress));
            final List<BackgroundCall<long[]>> producers = new ArrayList<>();
            for (int p = 0; p < PRODUCERS; p++) {
                final int producer = p;
                producers.add(BackgroundCall.start("producer-" + p,
                    () -> notifyRounds(waker, producer, go, progress)));
            }
            go.countDown();

            final Books books = new Books();
            final BackgroundCall<Books> loop = BackgroundCall.start("loop",
                () -> runLoop(waker, selector, server, books, progress));
            loop.result();

            assertEquals(BYTES, client.result());
            assertEquals(BYTES, books.bytes, "every byte read once, in order");
            final long[] accepted = new long[CAPACITY];
            long newlyPending = 0;
            for (BackgroundCall<long[]> producer : producers) {
                final long[] own = producer.result();
                for (int t = 0; t < CAPACITY; t++) {
                    accepted[t] += own[t];
                    newlyPending += own[t];
                }
            }
            for (int t = 0; t < CAPACITY; t++) {
                assertEquals(accepted[t], books.delivered[t], "deliveries of token " + t
                    + " against its notifies that returned true");
            }
            assertTrue(waker.poller().isEmpty(), "nothing left queued");
            assertTrue(waker.counters().wakeups() <= newlyPending, waker.counters().wakeups() + " wakeups for "
                + newlyPending + " newly pending notifies");
            System.out.printf("selector socket test [%s]: %d bytes, %d selects, %d newly"
                + " pending notifies, %d wakeup() calls%n", backend, books.bytes,
                books.selects, newlyPending, waker.counters().wakeups());
        }
    }

    /** The loop thread: select, handle selected keys, poll tokens within a budget. */
    private static Books runLoop(SelectorWaker waker, Selector selector,
            ServerSocketChannel server, Books books, Progress progress) throws IOException {
        final Events events = Events.withCapacity(BUDGET);
        final ByteBuffer buffer = ByteBuffer.allocate(8192);
        while (!books.complete()) {
            waker.select();
            books.selects++;
            for (SelectionKey key : selector.selectedKeys()) {
                if (key.isAcceptable()) {
                    final SocketChannel connection = server.accept();
                    if (connection != null) {
                        connection.configureBlocking(false);
                        connection.register(selector, SelectionKey.OP_READ);
                    }
                } else if (key.isReadable()) {
                    readAvailable((SocketChannel) key.channel(), key, buffer, books);
                }
            }
            selector.selectedKeys().clear();
            final int n = waker.poller().poll(events, BUDGET);
            for (int i = 0; i < n; i++) {
                final int token = events.index(i);
                books.delivered[token]++;
                if (token >= DATA_TOKENS) {
                    books.doneTokens++;
                }
            }
            progress.bytes = books.bytes;
            progress.turns = books.selects;
        }
        return books;
    }

    private static void readAvailable(SocketChannel connection, SelectionKey key,
            ByteBuffer buffer, Books books) throws IOException {
        buffer.clear();
        final int read = connection.read(buffer);
        if (read < 0) {
            books.endOfStream = true;
            key.cancel();
            connection.close();
            return;
        }
        for (int i = 0; i < read; i++) {
            final byte expected = byteAt(books.bytes);
            if (buffer.get(i) != expected) {
                throw new AssertionError("byte " + books.bytes + " was " + buffer.get(i)
                    + ", expected " + expected);
            }
            books.bytes++;
        }
    }

    /**
     * The client: connects, writes {@link #BYTES} bytes in uneven chunks, each once the loop
     * has read the ones before, then closes.
     */
    private static long writeAll(InetSocketAddress address, CountDownLatch go,
            Progress progress) throws Exception {
        go.await();
        long written = 0;
        try (SocketChannel channel = SocketChannel.open(address)) {
            final ByteBuffer chunk = ByteBuffer.allocate(4096);
            int size = 1;
            while (written < BYTES) {
                chunk.clear();
                final int n = (int) Math.min(size, BYTES - written);
                for (int i = 0; i < n; i++) {
                    chunk.put(byteAt(written + i));
                }
                chunk.flip();
                while (chunk.hasRemaining()) {
                    written += channel.write(chunk);
                }
                size = size * 3 % 4093 + 1;
                final long sent = written;
                progress.await(() -> progress.bytes >= sent, "read the bytes written");
            }
        }
        return written;
    }

    /**
     * A producer: in each round, notifies each of its tokens (some twice, so that some
     * notifies conflate), then its done token.
     *
     * @return per token, how many of this producer's notifies returned {@code true}
     */
    private static long[] notifyRounds(SelectorWaker waker, int producer, CountDownLatch go,
            Progress progress) throws InterruptedException {
        final long[] accepted = new long[CAPACITY];
        final int first = producer * TOKENS_PER_PRODUCER;
        go.await();
        for (int round = 0; round < ROUNDS; round++) {
            // Read before notifying: the loop then finishes a turn after it, whether or not it
            // was blocked (a token is pending until it polls).
            final long turnsBefore = progress.turns;
            for (int t = first; t < first + TOKENS_PER_PRODUCER; t++) {
                final int repeats = (t + round) % 3 == 0 ? 2 : 1;
                for (int k = 0; k < repeats; k++) {
                    if (waker.notifier().notify(t)) {
                        accepted[t]++;
                    }
                }
            }
            progress.await(() -> progress.turns > turnsBefore, "finish a turn");
        }
        final int done = DATA_TOKENS + producer;
        if (waker.notifier().notify(done)) {
            accepted[done]++;
        }
        return accepted;
    }

    /** How far the loop has got, published after each turn for the client and producers. */
    private static final class Progress {
        volatile long turns;
        volatile long bytes;

        /** Yields until {@code done} holds; fails after {@link BackgroundCall#PATIENCE_SECONDS}. */
        void await(BooleanSupplier done, String what) {
            final long deadline = System.nanoTime()
                + TimeUnit.SECONDS.toNanos(BackgroundCall.PATIENCE_SECONDS);
            while (!done.getAsBoolean()) {
                if (System.nanoTime() - deadline > 0) {
                    throw new AssertionError("the loop did not " + what + " within "
                        + BackgroundCall.PATIENCE_SECONDS + " s: a lost wake-up?");
                }
                Thread.yield();
            }
        }
    }

    /** What the loop has seen; loop thread only, read by the test after the loop ended. */
    private static final class Books {
        final long[] delivered = new long[CAPACITY];
        long bytes;
        long selects;
        int doneTokens;
        boolean endOfStream;

        boolean complete() {
            return endOfStream && doneTokens == PRODUCERS;
        }
    }
}
