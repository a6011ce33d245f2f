package io.nexus.notify.tck;

import io.aeron.Aeron;
import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.aeron.TokensPublisher;
import io.nexus.notify.aeron.TokensSubscriber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A queue whose notifies cross an Aeron hop: producers notify a {@link TokensPublisher}, a
 * {@link TokensSubscriber} notifies a local queue, and the consumer polls that queue. Each
 * poll (and {@code isEmpty}) first runs both duty cycles, on the consumer's thread, until
 * every token notified before it has crossed: the publisher's outbox is empty and every
 * message sent has been applied. So the hop keeps every promise of the queue contract that
 * the kit checks.
 */
final class AeronHop implements EventQueue, Poller {

    private static final AtomicInteger STREAMS = new AtomicInteger(2000);

    private final EventQueue local;
    private final TokensPublisher publisher;
    private final TokensSubscriber subscriber;

    private AeronHop(EventQueue local, TokensPublisher publisher, TokensSubscriber subscriber) {
        this.local = local;
        this.publisher = publisher;
        this.subscriber = subscriber;
    }

    /**
     * Creates a hop on a new stream and waits until it is connected.
     *
     * @param aeron    the client
     * @param channel  the channel
     * @param capacity the number of tokens
     * @return the hop
     */
    static AeronHop create(Aeron aeron, String channel, int capacity) {
        final int stream = STREAMS.incrementAndGet();
        final EventQueue local = EventQueue.create(capacity);
        final TokensSubscriber subscriber = TokensSubscriber.create(aeron, channel, stream,
            local.notifier());
        final TokensPublisher publisher = TokensPublisher.create(aeron, channel, stream,
            capacity);
        final AeronHop hop = new AeronHop(local, publisher, subscriber);
        final long end = System.nanoTime() + 30_000_000_000L;
        while (!publisher.isConnected() || !subscriber.isConnected()) {
            if (System.nanoTime() - end > 0) {
                throw new IllegalStateException("the hop on " + channel + " did not connect");
            }
            hop.duty();
        }
        return hop;
    }

    /**
     * Returns a UDP channel to a free port on the loopback interface.
     *
     * @return {@code aeron:udp?endpoint=localhost:<port>}
     */
    static String udpLoopback() {
        try (DatagramSocket socket = new DatagramSocket(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return "aeron:udp?endpoint=localhost:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One duty cycle of each side; returns the work done. */
    private int duty() {
        final int work = publisher.doWork() + subscriber.doWork();
        if (work == 0) {
            Thread.yield();
        }
        return work;
    }

    /** Runs the duty cycles until the outbox is drained and every message sent was applied. */
    private void cross() {
        final long end = System.nanoTime() + 60_000_000_000L;
        while (true) {
            final int sent = publisher.doWork();
            subscriber.doWork();
            if (sent == 0
                && publisher.counters().messagesSent() == subscriber.counters().applied()) {
                return;
            }
            if (System.nanoTime() - end > 0) {
                throw new IllegalStateException("the hop did not drain: " + publisher.counters()
                    + ", " + subscriber.counters());
            }
            if (sent == 0) {
                Thread.yield();
            }
        }
    }

    @Override
    public int poll(Events events, int limit) {
        cross();
        return local.poller().poll(events, limit);
    }

    @Override
    public boolean isEmpty() {
        cross();
        return local.poller().isEmpty();
    }

    @Override
    public Notifier notifier() {
        return publisher;
    }

    @Override
    public Poller poller() {
        return this;
    }

    @Override
    public int capacity() {
        return publisher.capacity();
    }

    @Override
    public String backend() {
        return "aeron-hop over " + local.backend();
    }
}
