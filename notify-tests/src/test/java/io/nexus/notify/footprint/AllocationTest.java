package io.nexus.notify.footprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Steady-state notify and poll allocate nothing on any available backend, counted with the JVM's per-thread allocation
 * counter (no timing involved). JMH's GC profiler in notify-bench checks the same per operation.
 */
class AllocationTest {

    private static final int ROUNDS = 200_000;

    static List<String> backends() {
        return EventQueue.availableBackends();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void notifyAndPollAllocateNothingOnceWarm(String backend) {
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        final EventQueue queue = EventQueue.create(256, backend);
        final Events events = Events.withCapacity(256);
        exercise(queue, events);
        final long tid = Thread.currentThread().getId();
        final long before = threads.getThreadAllocatedBytes(tid);
        final long delivered = exercise(queue, events);
        final long allocated = threads.getThreadAllocatedBytes(tid) - before;
        assertEquals((long) ROUNDS * 9, delivered);
        assertEquals(0, allocated, backend + ": bytes allocated by " + ROUNDS + " rounds of notify and poll");
    }

    private static long exercise(EventQueue queue, Events events) {
        long delivered = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < 8; k++) {
                queue.notifier().notify((round + k * 31) & 255);
                queue.notifier().notify((round + k * 31) & 255);
            }
            delivered += queue.poller().poll(events, 4);
            queue.notifier().notify(round & 255);
            delivered += queue.poller().poll(events);
        }
        return delivered;
    }
}
