package io.nexus.notify.core.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A handler that throws loses nothing: the exception leaves the duty cycle unchanged, and the
 * rest of the batch is handed over before the agent polls again. On every backend.
 */
class PollingAgentThrowingHandlerTest {

    private static final int TOKENS = 1000;
    private static final int BUDGET = 64;
    private static final int THROW_EVERY = 50;

    /** Throws its own exception on every {@code THROW_EVERY}-th call and records each token. */
    private static final class FlakyHandler implements java.util.function.IntConsumer {
        final List<Integer> handled = new CopyOnWriteArrayList<>();
        final List<RuntimeException> thrown = new CopyOnWriteArrayList<>();

        @Override
        public void accept(int token) {
            handled.add(token);
            if (handled.size() % THROW_EVERY == 0) {
                final RuntimeException e = new IllegalStateException("handler failed on " + token);
                thrown.add(e);
                throw e;
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"builtin", "jctools", "agrona"})
    void everyTokenIsHandedOverOnceInOrderAndEachExceptionLeavesUnchanged(String backend) {
        final EventQueue queue = EventQueue.create(TOKENS, backend);
        for (int t = 0; t < TOKENS; t++) {
            queue.notifier().notify(t);
        }
        final FlakyHandler handler = new FlakyHandler();
        final PollingAgent agent = new PollingAgent("test", queue.poller(), BUDGET, handler);
        final List<RuntimeException> caught = new ArrayList<>();
        int idle = 0;
        while (idle < 2) {
            try {
                idle = agent.doWork() == 0 ? idle + 1 : 0;
            } catch (RuntimeException e) {
                caught.add(e);
                idle = 0;
            }
        }

        final List<Integer> expected = new ArrayList<>();
        for (int t = 0; t < TOKENS; t++) {
            expected.add(t);
        }
        assertEquals(TOKENS, handler.handled.size(), "tokens handed over");
        assertEquals(expected, handler.handled, "each token handed over once, oldest first");
        assertEquals(TOKENS / THROW_EVERY, caught.size());
        for (int i = 0; i < caught.size(); i++) {
            assertSame(handler.thrown.get(i), caught.get(i), "the handler's own exception");
        }
        assertTrue(queue.poller().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"builtin", "jctools", "agrona"})
    void aDutyCycleAfterAnExceptionHandsOverTheRestBeforeItPolls(String backend) {
        final EventQueue queue = EventQueue.create(16, backend);
        final List<Integer> handled = new ArrayList<>();
        final RuntimeException failure = new IllegalArgumentException("bad token");
        final PollingAgent agent = new PollingAgent("test", queue.poller(), 8, t -> {
            handled.add(t);
            if (t == 2) {
                throw failure;
            }
        });
        for (int t : new int[] {1, 2, 3, 4}) {
            queue.notifier().notify(t);
        }

        assertSame(failure, assertThrowsRuntime(agent::doWork));
        assertEquals(List.of(1, 2), handled);
        queue.notifier().notify(9);

        assertEquals(2, agent.doWork(), "the rest of the batch, not a new poll");
        assertEquals(List.of(1, 2, 3, 4), handled);
        assertEquals(1, agent.doWork());
        assertEquals(List.of(1, 2, 3, 4, 9), handled);
        assertEquals(0, agent.doWork());
    }

    @ParameterizedTest
    @ValueSource(strings = {"builtin", "jctools", "agrona"})
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void underARunnerTheErrorHandlerGetsEachExceptionAndNoTokenIsLost(String backend)
        throws InterruptedException {
        final EventQueue queue = EventQueue.create(TOKENS, backend);
        final FlakyHandler handler = new FlakyHandler();
        final CountDownLatch all = new CountDownLatch(TOKENS);
        final PollingAgent agent = new PollingAgent("test", queue.poller(), BUDGET, t -> {
            all.countDown();
            handler.accept(t);
        });
        final List<Throwable> reported = new CopyOnWriteArrayList<>();
        final AgentRunner runner = new AgentRunner(new BackoffIdleStrategy(), reported::add,
            null, agent);
        for (int t = 0; t < TOKENS; t++) {
            queue.notifier().notify(t);
        }
        AgentRunner.startOnThread(runner);
        try {
            all.await();
        } finally {
            runner.close();
        }
        assertEquals(TOKENS, handler.handled.size());
        assertEquals(handler.thrown, reported, "the runner's error handler saw each one");
    }

    private static RuntimeException assertThrowsRuntime(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected the handler's exception");
    }
}
