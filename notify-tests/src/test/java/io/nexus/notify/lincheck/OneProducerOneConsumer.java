package io.nexus.notify.lincheck;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

/**
 * One producer thread notifies and one consumer thread polls at most one token at a time; the
 * results must be linearizable against {@link ConflatingFifo}. A subclass per backend gives
 * Lincheck the no-argument constructor it needs.
 *
 * <p>Each operation is in its own non-parallel group, and the scenarios have two threads, so
 * Lincheck puts every {@code notify} in one thread and every {@code poll} in the other.
 */
public abstract class OneProducerOneConsumer {

    /** The queue's capacity: tokens are drawn from {@code [0, TOKENS)}. */
    static final int TOKENS = 3;

    private final Notifier notifier;
    private final Poller poller;
    private final Events events = Events.withCapacity(1);

    /**
     * Creates an empty queue of {@link #TOKENS} tokens.
     *
     * @param backend the backend to check
     */
    protected OneProducerOneConsumer(String backend) {
        final EventQueue queue = EventQueue.create(TOKENS, backend);
        this.notifier = queue.notifier();
        this.poller = queue.poller();
    }

    /**
     * The producer's operation.
     *
     * @param token the token to notify
     * @return what {@code notify} returned
     */
    @Operation(nonParallelGroup = "producer")
    public boolean notify(@Param(gen = IntGen.class, conf = "0:2") int token) {
        return notifier.notify(token);
    }

    /**
     * The consumer's operation: a poll that moves no token ({@code limit} 0) or at most one.
     *
     * @param limit the poll's limit, 0 or 1
     * @return the token polled, or {@code -1} if the poll moved none
     */
    @Operation(nonParallelGroup = "consumer")
    public int poll(@Param(gen = IntGen.class, conf = "0:1") int limit) {
        return poller.poll(events, limit) == 0 ? -1 : events.index(0);
    }

    /**
     * Model-checks a subclass: 50 scenarios of two threads with three operations each, one
     * operation before and one after the parallel part, 1,000 interleavings per scenario.
     *
     * @param test the subclass for one backend
     */
    static void check(Class<? extends OneProducerOneConsumer> test) {
        new ModelCheckingOptions()
            .iterations(50)
            .invocationsPerIteration(1_000)
            .threads(2)
            .actorsPerThread(3)
            .actorsBefore(1)
            .actorsAfter(1)
            .sequentialSpecification(ConflatingFifo.class)
            .check(test);
    }
}
