package io.nexus.notify.core.agent;

import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.agrona.concurrent.Agent;

/**
 * An Agrona {@link Agent} whose duty cycle polls a queue and hands each delivered token to a
 * handler, so that a notify consumer runs under an {@code AgentRunner} (its own thread, any
 * {@code IdleStrategy}) or an {@code AgentInvoker} (inside another duty cycle), like any other
 * Aeron or Agrona service.
 *
 * <p>Each {@link #doWork()} is one poll of at most {@code budget} tokens, oldest first, and
 * returns how many it delivered: {@code 0} tells the idle strategy that the queue looked empty.
 * Tokens beyond the budget stay queued, in order, for the next duty cycle. The agent is the
 * queue's one consumer: run it on one thread only. Needs {@code org.agrona:agrona}, an
 * optional dependency of this module.
 *
 * <p><b>A handler that throws loses nothing.</b> The exception leaves {@code doWork()}
 * unchanged (under an {@code AgentRunner} it reaches the runner's error handler, which then
 * calls {@code doWork()} again). The token whose call threw counts as handed over; the tokens
 * after it in the same batch are no longer pending in the queue, so the agent keeps them, and
 * the next {@code doWork()} hands them over, in order, before it polls again. So every token
 * is handed to the handler exactly once, or still pending in the queue, or kept for the next
 * duty cycle. A duty cycle that finishes such a rest returns how many tokens it handed over,
 * which may be fewer than the budget. Only a later {@code doWork()} hands over the tokens the
 * agent keeps: an agent that is never invoked again after an error drops them.
 */
public final class PollingAgent implements Agent {

    private final String roleName;
    private final Poller poller;
    private final int budget;
    private final IntConsumer handler;
    private final Events events;
    /** Position in {@code events} of the next token to hand over. */
    private int next;
    /** Tokens in {@code events}; the batch is fully handed over when {@code next == size}. */
    private int size;

    /**
     * Creates the agent.
     *
     * @param roleName the agent's name, as Agrona reports it
     * @param poller   the queue (or a channel's receiver) to drain
     * @param budget   the most tokens one duty cycle delivers, {@code >= 1}
     * @param handler  what to do with each delivered token, called on the agent's thread
     * @throws NullPointerException     if {@code roleName}, {@code poller} or {@code handler}
     *     is null
     * @throws IllegalArgumentException if {@code budget} is below 1
     */
    public PollingAgent(String roleName, Poller poller, int budget, IntConsumer handler) {
        this.roleName = Objects.requireNonNull(roleName, "roleName");
        this.poller = Objects.requireNonNull(poller, "poller");
        this.handler = Objects.requireNonNull(handler, "handler");
        if (budget < 1) {
            throw new IllegalArgumentException("budget must be >= 1, was " + budget);
        }
        this.budget = budget;
        this.events = Events.withCapacity(Math.min(budget, poller.capacity()));
    }

    /**
     * Hands over what an earlier duty cycle left when its handler threw, if anything; otherwise
     * polls at most the budget. Each token goes to the handler once, oldest first.
     *
     * @return the number of tokens handed to the handler in this duty cycle
     * @throws RuntimeException (or {@link Error}) whatever the handler threw, unchanged; the
     *     tokens after the one that threw are handed over by the next call
     */
    @Override
    public int doWork() {
        if (next == size) {
            // Reset first: if the poll throws, the agent still holds no batch.
            next = 0;
            size = 0;
            size = poller.poll(events, budget);
        }
        final int first = next;
        while (next < size) {
            // Advance before the call: the token is handed over even if the handler throws.
            handler.accept(events.index(next++));
        }
        return size - first;
    }

    /**
     * Returns the name given at construction.
     *
     * @return the role name
     */
    @Override
    public String roleName() {
        return roleName;
    }
}
