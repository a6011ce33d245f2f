package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link SelectorWaker}: arguments, and when a notify does or does not wake the loop. */
class SelectorWakerTest {

    private Selector selector;
    private final Events events = Events.withCapacity(16);

    /** The built-in backends, each of which a waker must work over. */
    static List<String> backends() {
        return SelectorWakerBackends.NAMES;
    }

    @BeforeEach
    void openSelector() throws IOException {
        selector = Selector.open();
    }

    @AfterEach
    void closeSelector() throws IOException {
        selector.close();
    }

    @Test
    void overRejectsANullQueue() {
        final NullPointerException e = assertThrows(NullPointerException.class,
            () -> SelectorWaker.over(null, selector));
        assertEquals("queue", e.getMessage());
        assertTrue(selector.isOpen());
        assertTrue(selector.keys().isEmpty());
    }

    @Test
    void overRejectsANullSelector() {
        final EventQueue queue = EventQueue.create(4);
        final NullPointerException e = assertThrows(NullPointerException.class,
            () -> SelectorWaker.over(queue, null));
        assertEquals("selector", e.getMessage());
        assertTrue(queue.notifier().notify(1), "the queue is untouched");
        assertEquals(1, queue.poller().poll(events));
    }

    @Test
    void overRejectsASingleThreadedQueue() {
        final EventQueue local = EventQueue.createLocal(4);
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SelectorWaker.over(local, selector));
        assertTrue(e.getMessage().contains("single-threaded queue (backend \"local\")"),
            e.getMessage());
        assertTrue(local.notifier().notify(2), "the queue is untouched");
        assertEquals(1, local.poller().poll(events));
        assertTrue(selector.keys().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void negativeTimeoutIsRejectedAndAnnouncesNothing(String backend) throws IOException {
        final SelectorWaker waker = SelectorWaker.over(EventQueue.create(4, backend), selector);
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> waker.select(-1));
        assertTrue(e.getMessage().contains("was -1"), e.getMessage());
        assertFalse(waker.isBlocking(), "the loop announced nothing");
        assertTrue(waker.notifier().notify(3));
        assertEquals(0, waker.counters().wakeups(), "so a new token wakes nobody");
        assertEquals(1, waker.poller().poll(events));
        assertArrayEquals(new int[] {3}, events.toArray());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void badTokenIsRejectedAndWakesNobody(String backend) throws Exception {
        final SelectorWaker waker = SelectorWaker.over(EventQueue.create(4, backend), selector);
        final BackgroundCall<Integer> loop = startLoop(waker);
        awaitBlockedInSelect(loop.thread(), waker);
        assertThrows(IndexOutOfBoundsException.class, () -> waker.notifier().notify(4));
        assertThrows(IndexOutOfBoundsException.class, () -> waker.notifier().notify(-1));
        assertEquals(0, waker.counters().wakeups());
        assertTrue(waker.isBlocking(), "the loop is still blocked");
        assertTrue(waker.poller().isEmpty());
        selector.wakeup();
        assertEquals(0, loop.result());
        assertEquals(0, waker.counters().wakeups());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void countsOnlyTheSelectsThatBlocked(String backend) throws IOException {
        final SelectorWaker waker = SelectorWaker.over(EventQueue.create(4, backend), selector);
        assertEquals(new SelectorWakerCounters(0, 0), waker.counters());
        assertEquals(0, waker.select(1), "an empty queue: the select blocks until its timeout");
        assertEquals(new SelectorWakerCounters(1, 0), waker.counters());
        assertTrue(waker.notifier().notify(2), "nobody is blocked, so nobody is woken");
        assertEquals(0, waker.select(), "a pending token: selectNow, no block");
        assertEquals(new SelectorWakerCounters(1, 0), waker.counters());
        assertTrue(waker.toString().contains("blocks=1"), waker.toString());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void accessorsReturnTheQueueSidesAndTheSameNotifier(String backend) {
        final EventQueue queue = EventQueue.create(12, backend);
        final SelectorWaker waker = SelectorWaker.over(queue, selector);
        assertSame(waker.notifier(), waker.notifier());
        assertEquals(12, waker.notifier().capacity());
        assertSame(queue.poller(), waker.poller());
        assertEquals(0, waker.counters().wakeups());
        assertTrue(waker.toString().contains("backend=" + backend), waker.toString());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void newTokenWakesALoopBlockedInSelect(String backend) throws Exception {
        final SelectorWaker waker = SelectorWaker.over(EventQueue.create(8, backend), selector);
        final BackgroundCall<Integer> loop = startLoop(waker);
        awaitBlockedInSelect(loop.thread(), waker);
        assertTrue(waker.notifier().notify(5));
        assertEquals(0, loop.result(), "select returned, with no key selected");
        assertEquals(1, waker.counters().wakeups());
        assertFalse(waker.isBlocking());
        assertEquals(1, waker.poller().poll(events));
        assertArrayEquals(new int[] {5}, events.toArray());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void newTokenWakesATimedSelect(String backend) throws Exception {
        final SelectorWaker waker = SelectorWaker.over(EventQueue.create(8, backend), selector);
        final BackgroundCall<Integer> loop = BackgroundCall.start("loop",
            () -> waker.select(Long.MAX_VALUE));
        awaitBlockedInSelect(loop.thread(), waker);
        assertTrue(waker.notifier().notify(6));
        assertEquals(0, loop.result());
        assertEquals(1, waker.counters().wakeups());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void notifiesFromManyThreadsWakeABlockedLoopOnce(String backend) throws Exception {
        final int producers = 4;
        final SelectorWaker waker = SelectorWaker.over(EventQueue.create(8, backend), selector);
        final BackgroundCall<Integer> loop = startLoop(waker);
        awaitBlockedInSelect(loop.thread(), waker);
        final CountDownLatch start = new CountDownLatch(1);
        final List<BackgroundCall<Boolean>> calls = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            final int token = p;
            calls.add(BackgroundCall.start("producer-" + p, () -> {
                start.await();
                return waker.notifier().notify(token);
            }));
        }
        start.countDown();
        for (BackgroundCall<Boolean> call : calls) {
            assertTrue(call.result(), "each token was new");
        }
        assertEquals(0, loop.result());
        assertEquals(1, waker.counters().wakeups(), "one select announced blocking: one wakeup()");
        assertEquals(producers, waker.poller().poll(events));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void notifyWhileTheLoopIsNotSelectingDoesNotWake(String backend) throws Exception {
        final SelectorWaker waker = SelectorWaker.over(EventQueue.create(8, backend), selector);
        assertTrue(waker.notifier().notify(1));
        assertTrue(waker.notifier().notify(2));
        assertFalse(waker.notifier().notify(1), "conflated");
        assertEquals(0, waker.counters().wakeups());
        assertEquals(2, waker.poller().poll(events));
        assertArrayEquals(new int[] {1, 2}, events.toArray());
        assertTrue(waker.notifier().notify(1), "re-armed by the poll");
        assertEquals(0, waker.counters().wakeups());
    }

    /**
     * A token can be pending while the loop blocks only in a scripted queue (a real one keeps
     * the loop from blocking while a token is pending), so a queue whose every notify
     * conflates stands in: the loop blocks, a notify conflates, and no wake-up follows.
     */
    @Test
    void conflatedNotifyDoesNotWakeEvenWhileTheLoopIsBlocked() throws Exception {
        final AtomicInteger calls = new AtomicInteger();
        final EventQueue real = EventQueue.create(8);
        final EventQueue conflating = new AlwaysConflatingQueue(real, calls);
        final SelectorWaker waker = SelectorWaker.over(conflating, selector);
        final BackgroundCall<Integer> loop = startLoop(waker);
        awaitBlockedInSelect(loop.thread(), waker);
        assertFalse(waker.notifier().notify(3));
        assertEquals(1, calls.get(), "the notify reached the queue");
        assertEquals(0, waker.counters().wakeups());
        assertTrue(waker.isBlocking(), "the announcement is still standing");
        selector.wakeup();
        assertEquals(0, loop.result());
        assertEquals(0, waker.counters().wakeups());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void selectWithATokenPendingReturnsAtOnce(String backend) throws Exception {
        final SelectorWaker waker = SelectorWaker.over(EventQueue.create(8, backend), selector);
        waker.notifier().notify(4);
        assertEquals(0, BackgroundCall.start("loop", waker::select).result());
        assertEquals(0, BackgroundCall.start("loop", () -> waker.select(0)).result());
        assertEquals(0, BackgroundCall.start("loop", () -> waker.select(Long.MAX_VALUE)).result());
        assertFalse(waker.isBlocking());
        assertEquals(0, waker.counters().wakeups());
        assertEquals(1, waker.poller().poll(events));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void selectWithATokenPendingStillReportsReadyKeys(String backend) throws Exception {
        final SelectorWaker waker = SelectorWaker.over(EventQueue.create(8, backend), selector);
        final Pipe pipe = Pipe.open();
        try {
            pipe.source().configureBlocking(false);
            final SelectionKey key = pipe.source().register(selector, SelectionKey.OP_READ);
            pipe.sink().write(ByteBuffer.wrap(new byte[] {42}));
            waker.notifier().notify(7);
            assertEquals(1, waker.select(), "selectNow() found the readable pipe");
            assertTrue(selector.selectedKeys().contains(key));
            assertEquals(1, waker.poller().poll(events));
        } finally {
            pipe.sink().close();
            pipe.source().close();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void timedSelectWithNothingPendingTimesOutWithoutAWakeup(String backend) throws IOException {
        final SelectorWaker waker = SelectorWaker.over(EventQueue.create(8, backend), selector);
        assertEquals(0, waker.select(1));
        assertFalse(waker.isBlocking(), "the announcement is withdrawn after the select");
        assertEquals(0, waker.counters().wakeups());
        assertTrue(waker.notifier().notify(0));
        assertEquals(0, waker.counters().wakeups(), "a notify after the select wakes nobody");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void closedSelectorThrowsAndWithdrawsTheAnnouncement(String backend) throws IOException {
        final SelectorWaker waker = SelectorWaker.over(EventQueue.create(8, backend), selector);
        selector.close();
        assertThrows(ClosedSelectorException.class, waker::select);
        assertFalse(waker.isBlocking());
        assertTrue(waker.notifier().notify(1));
        assertEquals(0, waker.counters().wakeups());
    }

    @Test
    void aSecondThreadSelectingAtOnceFailsAnAssertion() throws Exception {
        assumeTrue(SelectorWaker.class.desiredAssertionStatus(), "needs -ea");
        final SelectorWaker waker = SelectorWaker.over(EventQueue.create(8), selector);
        final BackgroundCall<Integer> loop = startLoop(waker);
        awaitBlockedInSelect(loop.thread(), waker);
        final AssertionError e = assertThrows(AssertionError.class, () -> waker.select(1));
        assertTrue(e.getMessage().contains("already selecting"), e.getMessage());
        assertTrue(waker.isBlocking(), "the loop's announcement is untouched");
        assertTrue(waker.notifier().notify(2));
        assertEquals(0, loop.result());
        assertEquals(1, waker.counters().wakeups());
    }

    /** Starts a loop thread that makes one untimed select. */
    private static BackgroundCall<Integer> startLoop(SelectorWaker waker) {
        return BackgroundCall.start("loop", waker::select);
    }

    /**
     * Waits until the loop has announced that it blocks and is inside the selector's native
     * wait (a native frame of the JDK's selector implementation on its stack); fails if that
     * does not happen within {@link BackgroundCall#PATIENCE_SECONDS}. Polls the thread's state:
     * a thread in a system call is RUNNABLE, so no latch can tell when it got there.
     */
    private static void awaitBlockedInSelect(Thread loop, SelectorWaker waker) {
        final long deadline = System.nanoTime()
            + TimeUnit.SECONDS.toNanos(BackgroundCall.PATIENCE_SECONDS);
        while (!(waker.isBlocking() && inNativeSelect(loop))) {
            if (!loop.isAlive()) {
                throw new AssertionError("the loop ended instead of blocking in select");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("the loop did not block in select within "
                    + BackgroundCall.PATIENCE_SECONDS + " s");
            }
            Thread.yield();
        }
    }

    private static boolean inNativeSelect(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.isNativeMethod() && frame.getClassName().startsWith("sun.nio.ch.")) {
                return true;
            }
        }
        return false;
    }

    /** A queue whose notifier counts its calls and always conflates; polls see nothing. */
    private static final class AlwaysConflatingQueue implements EventQueue {

        private final EventQueue real;
        private final Notifier notifier;

        AlwaysConflatingQueue(EventQueue real, AtomicInteger calls) {
            this.real = real;
            this.notifier = new Notifier() {
                @Override
                public boolean notify(int token) {
                    calls.incrementAndGet();
                    return false;
                }

                @Override
                public int capacity() {
                    return real.capacity();
                }
            };
        }

        @Override
        public Notifier notifier() {
            return notifier;
        }

        @Override
        public Poller poller() {
            return real.poller();
        }

        @Override
        public int capacity() {
            return real.capacity();
        }

        @Override
        public String backend() {
            return "always-conflating";
        }
    }
}
