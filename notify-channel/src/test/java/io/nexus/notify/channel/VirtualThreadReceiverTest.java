package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nexus.notify.Events;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * Receivers on virtual threads (Java 21+; skipped on older runtimes). The build runs these
 * tests with a virtual-thread scheduler of one carrier thread (see the module's surefire
 * {@code argLine}), so a receiver that pinned its carrier while parked would stop every other
 * virtual thread.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
class VirtualThreadReceiverTest {

    private static final String PARALLELISM = "jdk.virtualThreadScheduler.parallelism";

    @Test
    void virtualReceiverBlocksThenWakes() throws Exception {
        try (EventChannel channel = EventChannel.create(8)) {
            final BackgroundCall<int[]> call = BackgroundCall.startVirtual(() -> {
                final Events events = Events.withCapacity(8);
                channel.receiver().recv(events);
                return events.toArray();
            });
            call.awaitParked();

            channel.sender().notify(3);

            assertArrayEquals(new int[] {3}, call.result());
        }
    }

    @Test
    void virtualReceiverIsInterruptedAndClosedLikeAPlatformOne() throws Exception {
        final EventChannel channel = EventChannel.create(8, null, WaitStrategy.parkImmediately());
        final BackgroundCall<Boolean> interrupted = BackgroundCall.startVirtual(() -> {
            try {
                channel.receiver().recv(Events.withCapacity(8));
                return false;
            } catch (InterruptedException e) {
                return !Thread.currentThread().isInterrupted();
            }
        });
        interrupted.awaitParked();
        interrupted.thread().interrupt();
        assertTrue(interrupted.result(), "InterruptedException with the status cleared");

        final BackgroundCall<Integer> closed = BackgroundCall.startVirtual(
            () -> channel.receiver().recv(Events.withCapacity(8)));
        closed.awaitParked();
        channel.close();
        assertEquals(Receiver.CLOSED, closed.result());
    }

    /**
     * Several virtual receivers wait at once on a scheduler with a single carrier; then another
     * virtual thread wakes them all. If a waiting receiver pinned the carrier, the next receiver
     * could never start (so never park) and the waker could never run: the test would fail at
     * the first {@code awaitParked} that times out. (Checked on Java 25: a receiver made to park
     * inside a class initializer, which still pins, keeps every other virtual thread from
     * running on this scheduler.)
     */
    @Test
    void waitingVirtualReceiversDoNotPinTheirCarrier() throws Exception {
        assumeTrue("1".equals(System.getProperty(PARALLELISM)),
            "needs -D" + PARALLELISM + "=1, as the build sets it");
        final int receivers = 4;
        final List<EventChannel> channels = new ArrayList<>();
        final List<BackgroundCall<int[]>> calls = new ArrayList<>();
        for (int r = 0; r < receivers; r++) {
            final EventChannel channel = EventChannel.create(receivers);
            final int token = r;
            channels.add(channel);
            calls.add(BackgroundCall.startVirtual(() -> {
                final Events events = Events.withCapacity(receivers);
                channel.receiver().recv(events);
                return events.toArray();
            }));
        }
        for (BackgroundCall<int[]> call : calls) {
            call.awaitParked();
        }

        final BackgroundCall<Boolean> waker = BackgroundCall.startVirtual(() -> {
            boolean all = true;
            for (int r = 0; r < receivers; r++) {
                all &= channels.get(r).sender().notify(r);
            }
            return all;
        });

        assertTrue(waker.result());
        for (int r = 0; r < receivers; r++) {
            assertArrayEquals(new int[] {r}, calls.get(r).result());
            channels.get(r).close();
        }
    }
}
