package io.nexus.notify.footprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.channel.EventChannel;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Steady-state notify and poll allocate nothing on any available backend, directly on the
 * queue and through a channel's sender and receiver, counted with the JVM's per-thread
 * allocation counter (no timing involved): at least one of {@value #WINDOWS} windows of
 * {@value #ROUNDS} rounds allocates nothing. JMH's GC profiler in notify-bench checks the same
 * per operation.
 */
class AllocationTest {

    private static final int ROUNDS = 200_000;
    private static final int CAPACITY = 256;

    /**
     * Windows measured: one with no allocation passes. The JVM may now and then allocate on the
     * measured thread for its own purposes (for example when it deoptimises compiled code and
     * re-creates objects that escape analysis had eliminated), but an allocating notify or poll
     * allocates in every window.
     */
    private static final int WINDOWS = 3;

    static List<String> backends() {
        return EventQueue.availableBackends();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void notifyAndPollAllocateNothingOnceWarm(String backend) {
        final EventQueue queue = EventQueue.create(CAPACITY, backend);
        assertAllocatesNothing(backend + " queue", queue.notifier(), queue.poller());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void sendAndReceiveAllocateNothingOnceWarm(String backend) {
        final EventChannel channel = EventChannel.create(CAPACITY, backend);
        assertAllocatesNothing(backend + " channel", channel.sender(), channel.receiver());
    }

    private static void assertAllocatesNothing(String what, Notifier notifier, Poller poller) {
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported()
            && threads.isThreadAllocatedMemoryEnabled());
        final Events events = Events.withCapacity(CAPACITY);
        exercise(notifier, poller, events);
        final long tid = Thread.currentThread().getId();
        final List<Long> windows = new ArrayList<>();
        for (int window = 0; window < WINDOWS; window++) {
            final long before = threads.getThreadAllocatedBytes(tid);
            final long delivered = exercise(notifier, poller, events);
            final long allocated = threads.getThreadAllocatedBytes(tid) - before;
            assertEquals((long) ROUNDS * 9, delivered);
            if (allocated == 0) {
                return;
            }
            windows.add(allocated);
        }
        fail(what + ": bytes allocated by each of " + WINDOWS + " windows of " + ROUNDS
            + " rounds of notify and poll: " + windows);
    }

    private static long exercise(Notifier notifier, Poller poller, Events events) {
        long delivered = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < 8; k++) {
                notifier.notify((round + k * 31) & (CAPACITY - 1));
                notifier.notify((round + k * 31) & (CAPACITY - 1));
            }
            delivered += poller.poll(events, 4);
            notifier.notify(round & (CAPACITY - 1));
            delivered += poller.poll(events);
        }
        return delivered;
    }
}
