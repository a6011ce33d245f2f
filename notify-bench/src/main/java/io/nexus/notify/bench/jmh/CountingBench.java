package io.nexus.notify.bench.jmh;

import io.nexus.notify.CountingEventQueue;
import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * What the opt-in counters cost: a conflated notify and a poll of 8 ready tokens (measured as
 * {@link PollBench#poll8}), on a bare queue ({@code counting = off}) and on the same subject
 * wrapped in a {@link CountingEventQueue} ({@code on}), in one run.
 */
public class CountingBench extends Defaults {

    private static final int QUEUES = 32;
    private static final int TOKEN = 3;

    /** A subject, bare or counted. */
    public abstract static class Counted extends Subject {
        /** {@code off}: the bare queue; {@code on}: wrapped in a counting queue. */
        @Param({"off", "on"})
        public String counting;

        /** For the two states. */
        protected Counted() {
        }

        EventQueue counted(int capacity) {
            return switch (counting) {
                case "off" -> queue(capacity);
                case "on" -> CountingEventQueue.wrap(queue(capacity));
                default -> throw new IllegalArgumentException("counting must be off or on, was "
                    + counting);
            };
        }
    }

    /** A queue with one token kept pending. */
    public static class Conflating extends Counted {
        Notifier notifier;

        /** Builds the queue and makes the token pending. */
        @Setup(Level.Trial)
        public void setUp() {
            notifier = counted(64).notifier();
            notifier.notify(TOKEN);
        }
    }

    /** Queues of 8 tokens each, refilled before every invocation. */
    public static class Ready extends Counted {
        final Notifier[] notifiers = new Notifier[QUEUES];
        final Poller[] pollers = new Poller[QUEUES];
        final Events events = Events.withCapacity(8);

        /** Builds the queues. */
        @Setup(Level.Trial)
        public void setUp() {
            for (int q = 0; q < QUEUES; q++) {
                final EventQueue queue = counted(8);
                notifiers[q] = queue.notifier();
                pollers[q] = queue.poller();
            }
        }

        /** Makes every token of every queue pending again, untimed. */
        @Setup(Level.Invocation)
        public void refill() {
            for (Notifier notifier : notifiers) {
                for (int token = 0; token < 8; token++) {
                    notifier.notify(token);
                }
            }
        }
    }

    /**
     * {@return false} Notifies a token that stays pending.
     *
     * @param state the queue
     */
    @Benchmark
    public boolean conflated(Conflating state) {
        return state.notifier.notify(TOKEN);
    }

    /**
     * {@return the number polled} Drains 8 ready tokens from each queue.
     *
     * @param state the refilled queues
     */
    @Benchmark
    @OperationsPerInvocation(QUEUES)
    public int poll8(Ready state) {
        int moved = 0;
        for (Poller poller : state.pollers) {
            moved += poller.poll(state.events, 8);
        }
        return moved;
    }
}
