package io.nexus.notify.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Several producers and one consumer on thousands of tokens: no token twice in one poll, and
 * the consumer ends up having read every token's last written value (no lost update).
 */
class ConcurrentSmokeTest {

    private static final int TOKENS = 4096;
    private static final int PRODUCERS = 3;
    private static final int NOTIFIES_PER_PRODUCER = 200_000;

    @Test
    void everyLastNotifyIsDeliveredAndNoPollRepeatsAToken() throws Exception {
        final EventQueue queue = EventQueue.create(TOKENS, "builtin");
        final AtomicLongArray written = new AtomicLongArray(TOKENS);
        final long[] read = new long[TOKENS];
        final CountDownLatch start = new CountDownLatch(1);
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final List<Thread> producers = new ArrayList<>();
        for (int p = 0; p < PRODUCERS; p++) {
            final int id = p;
            final Thread t = new Thread(() -> {
                final SplittableRandom random = new SplittableRandom(id);
                try {
                    start.await();
                    for (long n = 1; n <= NOTIFIES_PER_PRODUCER; n++) {
                        // Distinct tokens mostly, with a hot subset shared by every producer.
                        final int token = random.nextInt(8) == 0
                            ? random.nextInt(16) : random.nextInt(TOKENS);
                        written.accumulateAndGet(token, n * PRODUCERS + id, Math::max);
                        queue.notifier().notify(token);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "producer-" + p);
            producers.add(t);
            t.start();
        }
        final Events events = Events.withCapacity(64);
        final BitSet inThisPoll = new BitSet(TOKENS);
        final SplittableRandom limits = new SplittableRandom(99);
        long polls = 0;
        long delivered = 0;
        start.countDown();
        while (producers.stream().anyMatch(Thread::isAlive)) {
            delivered += drainOnce(queue, events, limits.nextInt(1, 200), inThisPoll, written,
                read);
            polls++;
        }
        for (Thread t : producers) {
            t.join();
        }
        if (failure.get() != null) {
            fail("producer failed", failure.get());
        }
        int n;
        while ((n = drainOnce(queue, events, Integer.MAX_VALUE, inThisPoll, written, read)) > 0) {
            delivered += n;
            polls++;
        }
        for (int t = 0; t < TOKENS; t++) {
            assertEquals(written.get(t), read[t], "token " + t + " lost its last update");
        }
        assertTrue(delivered > 0 && polls > 0);
    }

    private static int drainOnce(EventQueue queue, Events events, int limit, BitSet inThisPoll,
            AtomicLongArray written, long[] read) {
        final int n = queue.poller().poll(events, limit);
        assertTrue(n <= limit && n <= TOKENS, "poll returned " + n + " for limit " + limit);
        inThisPoll.clear();
        for (int i = 0; i < n; i++) {
            final int token = events.index(i);
            assertTrue(!inThisPoll.get(token), "token " + token + " twice in one poll");
            inThisPoll.set(token);
            read[token] = written.get(token);
        }
        return n;
    }
}
