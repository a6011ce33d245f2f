package io.nexus.notify.core.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.nexus.notify.EventQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.AgentInvoker;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The agent's duty cycle, invoked by hand, by an {@code AgentInvoker} and by a runner. */
class PollingAgentTest {

    private final EventQueue queue = EventQueue.create(16, "builtin");
    private final List<Integer> handled = new ArrayList<>();

    @Test
    void eachDutyCycleDeliversAtMostTheBudgetOldestFirst() {
        final PollingAgent agent = new PollingAgent("test", queue.poller(), 2, handled::add);
        assertEquals("test", agent.roleName());
        assertEquals(0, agent.doWork(), "an empty queue is no work");
        for (int t : new int[] {5, 3, 9}) {
            queue.notifier().notify(t);
        }
        assertEquals(2, agent.doWork());
        assertEquals(List.of(5, 3), handled);
        assertEquals(1, agent.doWork());
        assertEquals(List.of(5, 3, 9), handled);
        assertEquals(0, agent.doWork());
    }

    @Test
    void runsInsideAnotherDutyCycleThroughAnInvoker() {
        final PollingAgent agent = new PollingAgent("test", queue.poller(), 8, handled::add);
        final AgentInvoker invoker = new AgentInvoker(Throwable::printStackTrace, null, agent);
        invoker.start();
        queue.notifier().notify(4);
        assertEquals(1, invoker.invoke());
        assertEquals(List.of(4), handled);
        invoker.close();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void runsOnItsOwnThreadUnderARunner() throws InterruptedException {
        final CountDownLatch seen = new CountDownLatch(3);
        final PollingAgent agent = new PollingAgent("test", queue.poller(), 1,
            t -> seen.countDown());
        final AgentRunner runner = new AgentRunner(new BackoffIdleStrategy(),
            Throwable::printStackTrace, null, agent);
        AgentRunner.startOnThread(runner);
        try {
            queue.notifier().notify(1);
            queue.notifier().notify(2);
            queue.notifier().notify(3);
            seen.await();
        } finally {
            runner.close();
        }
        assertEquals(0, seen.getCount());
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class,
            () -> new PollingAgent("test", queue.poller(), 0, handled::add));
        assertThrows(NullPointerException.class,
            () -> new PollingAgent(null, queue.poller(), 1, handled::add));
        assertThrows(NullPointerException.class,
            () -> new PollingAgent("test", null, 1, handled::add));
        assertThrows(NullPointerException.class,
            () -> new PollingAgent("test", queue.poller(), 1, null));
    }
}
