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
 */
public final class PollingAgent implements Agent {

    private final String roleName;
    private final Poller poller;
    private final int budget;
    private final IntConsumer handler;
    private final Events events;

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
     * Polls at most the budget and hands each token to the handler, oldest first.
     *
     * @return the number of tokens delivered in this duty cycle
     */
    @Override
    public int doWork() {
        final int n = poller.poll(events, budget);
        for (int i = 0; i < n; i++) {
            handler.accept(events.index(i));
        }
        return n;
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
