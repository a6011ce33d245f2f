package io.nexus.notify.lincheck;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.Validate;
import org.jetbrains.lincheck.datastructures.verifier.EpsilonVerifier;

/**
 * Several producer threads notify while one consumer thread polls batches. A batch poll is not
 * atomic with respect to concurrent notifies, so the results are not checked for
 * linearizability (every result is accepted); instead the test keeps exact books per token and
 * checks them on every poll and at quiescence. A subclass per backend gives Lincheck the
 * no-argument constructor it needs.
 *
 * <p>The books: {@code begun[t]} counts notifies of {@code t} that have started,
 * {@code queued[t]} those that returned {@code true}, {@code conflated[t]} those that returned
 * {@code false}, and {@code delivered[t]} the polls that returned {@code t}. Every delivery
 * consumes the queue entry of its own notify that returned {@code true} and started before the
 * poll ended, so:
 * <ul>
 *   <li>no batch holds a token twice, and after each poll
 *       {@code delivered[t] <= begun[t] - conflated[t]} (read in that order: every notify
 *       already counted as conflated was counted as begun before);</li>
 *   <li>at quiescence, after a final drain that takes what is still pending,
 *       {@code delivered[t] == queued[t]}, every notify has returned
 *       ({@code begun[t] == queued[t] + conflated[t]}) and the queue is empty.</li>
 * </ul>
 * A loss alone leaves {@code delivered[t] < queued[t]} at the end, and a token delivered
 * again without a notify in between that returned {@code true} leaves
 * {@code delivered[t] > queued[t]}. A duplicate and a loss of the same token would cancel out
 * in that count; the per-poll bound catches the duplicate in any interleaving where no other
 * notify of that token is in flight when it is delivered.
 */
public abstract class ManyProducersBatchPolls {

    /** The queue's capacity: tokens are drawn from {@code [0, TOKENS)}. */
    static final int TOKENS = 3;

    private final Notifier notifier;
    private final Poller poller;
    private final Events events = Events.withCapacity(TOKENS);

    private final AtomicIntegerArray begun = new AtomicIntegerArray(TOKENS);
    private final AtomicIntegerArray queued = new AtomicIntegerArray(TOKENS);
    private final AtomicIntegerArray conflated = new AtomicIntegerArray(TOKENS);
    /** Written by the consumer thread, read at quiescence. */
    private final int[] delivered = new int[TOKENS];
    /** Broken checks seen by the consumer thread, reported at quiescence. */
    private final List<String> violations = new ArrayList<>();

    /**
     * Creates an empty queue of {@link #TOKENS} tokens.
     *
     * @param backend the backend to check
     */
    protected ManyProducersBatchPolls(String backend) {
        final EventQueue queue = EventQueue.create(TOKENS, backend);
        this.notifier = queue.notifier();
        this.poller = queue.poller();
    }

    /**
     * A producer's operation, recorded in the books.
     *
     * @param token the token to notify
     * @return what {@code notify} returned
     */
    @Operation
    public boolean notify(@Param(gen = IntGen.class, conf = "0:2") int token) {
        begun.incrementAndGet(token);
        final boolean newlyPending = notifier.notify(token);
        (newlyPending ? queued : conflated).incrementAndGet(token);
        return newlyPending;
    }

    /**
     * The consumer's batch poll.
     *
     * @param limit the poll's limit, 0 to 2
     * @return the tokens polled, in order
     */
    @Operation(nonParallelGroup = "consumer")
    public List<Integer> poll(@Param(gen = IntGen.class, conf = "0:2") int limit) {
        return take(limit);
    }

    /**
     * The consumer's unlimited poll.
     *
     * @return the tokens polled, in order
     */
    @Operation(nonParallelGroup = "consumer")
    public List<Integer> pollAll() {
        return take(Integer.MAX_VALUE);
    }

    /**
     * At quiescence: drains what is pending and checks the books.
     *
     * @throws IllegalStateException naming every broken check
     */
    @Validate
    public void nothingLostOrDuplicated() {
        take(Integer.MAX_VALUE);
        if (!poller.isEmpty()) {
            violations.add("queue not empty after a drain at quiescence");
        }
        for (int t = 0; t < TOKENS; t++) {
            if (begun.get(t) != queued.get(t) + conflated.get(t)) {
                violations.add("token " + t + ": " + begun.get(t) + " notifies started but "
                    + queued.get(t) + " returned true and " + conflated.get(t) + " false");
            }
            if (delivered[t] != queued.get(t)) {
                violations.add("token " + t + ": " + queued.get(t) + " notifies returned true"
                    + " but it was delivered " + delivered[t] + " times, final drain included");
            }
        }
        if (!violations.isEmpty()) {
            throw new IllegalStateException(String.join("; ", violations));
        }
    }

    private List<Integer> take(int limit) {
        final int moved = poller.poll(events, limit);
        if (moved != events.size() || moved > limit) {
            violations.add("poll(" + limit + ") returned " + moved + " with " + events);
        }
        final List<Integer> batch = new ArrayList<>(moved);
        final boolean[] seen = new boolean[TOKENS];
        for (int i = 0; i < events.size(); i++) {
            final int t = events.index(i);
            batch.add(t);
            if (seen[t]) {
                violations.add("token " + t + " twice in one batch " + events);
            }
            seen[t] = true;
            delivered[t]++;
            final int settledFalse = conflated.get(t);
            final int started = begun.get(t);
            if (delivered[t] > started - settledFalse) {
                violations.add("token " + t + " delivered " + delivered[t] + " times but only "
                    + started + " notifies started, " + settledFalse + " of them conflated");
            }
        }
        return batch;
    }

    /**
     * Model-checks a subclass: 15 scenarios of three threads with two operations each (the
     * consumer's thread may notify too; the other two only notify), one operation before and
     * one after the parallel part, 500 interleavings per scenario.
     *
     * @param test the subclass for one backend
     */
    static void check(Class<? extends ManyProducersBatchPolls> test) {
        new ModelCheckingOptions()
            .iterations(15)
            .invocationsPerIteration(500)
            .threads(3)
            .actorsPerThread(2)
            .actorsBefore(1)
            .actorsAfter(1)
            .verifier(EpsilonVerifier.class)
            .check(test);
    }
}
