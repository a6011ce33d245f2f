package io.nexus.notify.aeron;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.agrona.concurrent.Agent;

/** Runs duty cycles until a condition holds, or fails the test at a deadline. */
final class Await {

    /** Far above what a loaded 2-core machine needs for anything the tests wait for. */
    static final Duration DEADLINE = Duration.ofSeconds(30);

    private Await() {
    }

    /**
     * Runs each agent's duty cycle, in turn, until {@code condition} holds.
     *
     * @param what      what is awaited, for the failure message
     * @param condition the condition
     * @param agents    the duty cycles to run meanwhile
     */
    static void until(String what, BooleanSupplier condition, Agent... agents) {
        until(() -> what, condition, DEADLINE, agents);
    }

    /**
     * Runs each agent's duty cycle, in turn, until {@code condition} holds or {@code deadline}
     * passes.
     *
     * @param what      what is awaited, for the failure message (built on failure)
     * @param condition the condition
     * @param deadline  how long to try
     * @param agents    the duty cycles to run meanwhile
     */
    static void until(Supplier<String> what, BooleanSupplier condition, Duration deadline,
                      Agent... agents) {
        final long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                fail("not within " + deadline + ": " + what.get());
            }
            int work = 0;
            for (Agent agent : agents) {
                try {
                    work += agent.doWork();
                } catch (Exception e) {
                    throw new AssertionError(agent.roleName() + " failed", e);
                }
            }
            if (work == 0) {
                Thread.yield();
            }
        }
    }
}
