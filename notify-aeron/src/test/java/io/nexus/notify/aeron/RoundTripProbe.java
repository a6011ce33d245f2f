package io.nexus.notify.aeron;

import io.aeron.Aeron;
import io.aeron.ExclusivePublication;
import io.aeron.Subscription;
import io.aeron.logbuffer.BufferClaim;
import io.aeron.logbuffer.FragmentHandler;
import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.value.LatestLongs;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Not a test: run by hand for the figures of {@code docs/aeron.md}, and the template of the
 * benchmark rows. In one JVM with one embedded driver ({@link EmbeddedDriver}'s defaults), a
 * ping thread and a pong thread, each yielding when idle:
 *
 * <ul>
 *   <li>{@code raw}: the floor, an Aeron ping-pong of 32-byte messages ({@code tryClaim} on an
 *       exclusive publication, echoed with {@code offer});</li>
 *   <li>{@code notify}: the same round trip through {@code LongsPublisher -> LongsSubscriber
 *       -> a poll of the consumer's queue -> LatestLongs.read}, and back the same way;</li>
 *   <li>{@code conflation}: two producers publish to 256 tokens for two seconds while the
 *       consumer polls 8 tokens every 200 us: updates offered, messages sent and deliveries
 *       per second.</li>
 * </ul>
 *
 * <p>Arguments: {@code ipc} or {@code udp}, then the measured round trips (20,000 by default,
 * after 5,000 to warm up), then the term length in KiB (the defaults' 1,024 unless given).
 * Needs {@code --add-exports java.base/jdk.internal.misc=ALL-UNNAMED}.
 */
public final class RoundTripProbe {

    private static final int WARMUP = 5_000;
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

    private RoundTripProbe() {
    }

    /**
     * Runs the three measurements and prints one line each.
     *
     * @param args the transport and the round trips
     * @throws Exception if a thread fails
     */
    public static void main(String[] args) throws Exception {
        final boolean udp = args.length > 0 && args[0].equals("udp");
        final int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        final int term = args.length > 2 ? Integer.parseInt(args[2]) * 1024
            : EmbeddedDriver.TERM_LENGTH;
        try (EmbeddedDriver driver = EmbeddedDriver.launch(EmbeddedDriver.context()
            .ipcTermBufferLength(term).publicationTermBufferLength(term))) {
            System.out.printf("term length %d KiB%n", term / 1024);
            final String there = udp ? Transport.UDP.channel() : "aeron:ipc";
            final String back = udp ? Transport.UDP.channel() : "aeron:ipc";
            print("raw", udp, raw(driver.aeron(), there, back, count));
            print("notify", udp, viaNotify(driver.aeron(), there, back, count));
            conflation(driver.aeron(), udp ? Transport.UDP.channel() : "aeron:ipc", udp);
        }
    }

    private static void print(String what, boolean udp, long[] rtt) {
        Arrays.sort(rtt);
        System.out.printf("%-6s %s round trip us: p50 %.1f p90 %.1f p99 %.1f p99.9 %.1f max %.1f"
            + " (%d)%n", what, udp ? "udp" : "ipc", at(rtt, 0.5), at(rtt, 0.9), at(rtt, 0.99),
            at(rtt, 0.999), rtt[rtt.length - 1] / 1000.0, rtt.length);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, quantile * sorted.length)] / 1000.0;
    }

    private static void awaitConnected(ExclusivePublication... publications) {
        for (ExclusivePublication publication : publications) {
            while (!publication.isConnected()) {
                Thread.yield();
            }
        }
    }

    /** The raw floor: ping writes its send time, pong echoes the message. */
    private static long[] raw(Aeron aeron, String there, String back, int count)
        throws InterruptedException {
        final Subscription pongIn = aeron.addSubscription(there, 101);
        final Subscription pingIn = aeron.addSubscription(back, 102);
        final ExclusivePublication pingOut = aeron.addExclusivePublication(there, 101);
        final ExclusivePublication pongOut = aeron.addExclusivePublication(back, 102);
        awaitConnected(pingOut, pongOut);
        final int total = WARMUP + count;
        final Thread pong = new Thread(() -> {
            final int[] echoed = {0};
            final FragmentHandler echo = (buffer, offset, length, header) -> {
                while (pongOut.offer(buffer, offset, length) < 0) {
                    Thread.yield();
                }
                echoed[0]++;
            };
            while (echoed[0] < total) {
                if (pongIn.poll(echo, 10) == 0) {
                    Thread.yield();
                }
            }
        }, "pong");
        pong.start();
        final long[] rtt = new long[count];
        final BufferClaim claim = new BufferClaim();
        final long[] got = {0};
        final FragmentHandler receive = (buffer, offset, length, header) ->
            got[0] = buffer.getLong(offset, LE);
        for (int i = 0; i < total; i++) {
            final long sent = System.nanoTime();
            while (pingOut.tryClaim(32, claim) < 0) {
                Thread.yield();
            }
            claim.buffer().putLong(claim.offset(), sent, LE);
            claim.commit();
            got[0] = 0;
            while (got[0] != sent) {
                if (pingIn.poll(receive, 1) == 0) {
                    Thread.yield();
                }
            }
            if (i >= WARMUP) {
                rtt[i - WARMUP] = System.nanoTime() - sent;
            }
        }
        pong.join();
        pingOut.close();
        pongOut.close();
        pongIn.close();
        pingIn.close();
        return rtt;
    }

    /** The subject: publish, send, apply, poll and read, and back the same way. */
    private static long[] viaNotify(Aeron aeron, String there, String back, int count)
        throws InterruptedException {
        final EventQueue pongQueue = EventQueue.create(1);
        final EventQueue pingQueue = EventQueue.create(1);
        final LongsSubscriber pongIn = LongsSubscriber.create(aeron, there, 201,
            LatestLongs.over(pongQueue.notifier(), 1, 2));
        final LongsSubscriber pingIn = LongsSubscriber.create(aeron, back, 202,
            LatestLongs.over(pingQueue.notifier(), 1, 2));
        final LongsPublisher pingOut = LongsPublisher.create(aeron, there, 201, 1, 2);
        final LongsPublisher pongOut = LongsPublisher.create(aeron, back, 202, 1, 2);
        while (!pingOut.isConnected() || !pongOut.isConnected()) {
            pingOut.doWork();
            pongOut.doWork();
            pongIn.doWork();
            pingIn.doWork();
            Thread.yield();
        }
        final int total = WARMUP + count;
        final Thread pong = new Thread(() -> {
            final Events events = Events.withCapacity(1);
            final long[] tuple = new long[2];
            long echoed = 0;
            while (echoed < total) {
                int work = pongIn.doWork();
                if (pongQueue.poller().poll(events, 1) > 0) {
                    pongIn.into().read(0, tuple);
                    pongOut.publish(0, tuple[0], tuple[1]);
                    echoed = tuple[0];
                    work++;
                }
                work += pongOut.doWork();
                if (work == 0) {
                    Thread.yield();
                }
            }
            // Keep sending until the last echo is out.
            while (pongOut.counters().messagesSent() < total && pongOut.doWork() >= 0) {
                Thread.yield();
            }
        }, "pong");
        pong.start();
        final long[] rtt = new long[count];
        final Events events = Events.withCapacity(1);
        final long[] tuple = new long[2];
        for (int i = 1; i <= total; i++) {
            final long sent = System.nanoTime();
            pingOut.publish(0, i, sent);
            while (true) {
                int work = pingOut.doWork() + pingIn.doWork();
                if (pingQueue.poller().poll(events, 1) > 0) {
                    pingIn.into().read(0, tuple);
                    if (tuple[0] == i) {
                        break;
                    }
                    work++;
                }
                if (work == 0) {
                    Thread.yield();
                }
            }
            if (i > WARMUP) {
                rtt[i - WARMUP - 1] = System.nanoTime() - sent;
            }
        }
        pong.join();
        pingOut.close();
        pongOut.close();
        pongIn.close();
        pingIn.close();
        return rtt;
    }

    /** Producers far faster than the consumer: what crosses, and what the consumer sees. */
    private static void conflation(Aeron aeron, String channel, boolean udp)
        throws InterruptedException {
        final int capacity = 256;
        final EventQueue queue = EventQueue.create(capacity);
        final LongsSubscriber in = LongsSubscriber.create(aeron, channel, 301,
            LatestLongs.over(queue.notifier(), capacity, 4));
        final LongsPublisher out = LongsPublisher.create(aeron, channel, 301, capacity, 4);
        final long runNanos = 2_000_000_000L;
        final AtomicLong offered = new AtomicLong();
        final long start = System.nanoTime();
        final Thread[] producers = new Thread[2];
        for (int p = 0; p < producers.length; p++) {
            final int producer = p;
            producers[p] = new Thread(() -> {
                long n = 0;
                for (long i = 1; System.nanoTime() - start < runNanos; i++) {
                    for (int t = producer; t < capacity; t += 2) {
                        out.publish(t, t, i, 31 * i + t, ~i);
                        n++;
                    }
                }
                offered.addAndGet(n);
            });
            producers[p].start();
        }
        final Thread duty = new Thread(() -> {
            while (System.nanoTime() - start < runNanos + 200_000_000L) {
                if (out.doWork() + in.doWork() == 0) {
                    Thread.yield();
                }
            }
        });
        duty.start();
        final Events events = Events.withCapacity(8);
        long delivered = 0;
        while (System.nanoTime() - start < runNanos) {
            delivered += queue.poller().poll(events, 8);
            LockSupport.parkNanos(200_000);
        }
        for (Thread producer : producers) {
            producer.join();
        }
        duty.join();
        final double seconds = runNanos / 1e9;
        System.out.printf("conflation %s per second: %.0f updates offered, %.0f messages sent,"
            + " %.0f tuples applied, %.0f deliveries to the consumer; back-pressured %d%n",
            udp ? "udp" : "ipc", offered.get() / seconds, out.counters().messagesSent() / seconds,
            in.counters().applied() / seconds, delivered / seconds,
            out.counters().backPressured());
        out.close();
        in.close();
    }
}
