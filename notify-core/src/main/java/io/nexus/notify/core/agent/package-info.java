/**
 * Running a notify consumer as an Agrona agent: {@link io.nexus.notify.core.agent.PollingAgent}
 * polls a queue in each duty cycle, under Agrona's {@code AgentRunner} or
 * {@code AgentInvoker} and any {@code IdleStrategy}. Agrona ({@code org.agrona:agrona}) is an
 * optional dependency: only code that uses this package needs it.
 */
package io.nexus.notify.core.agent;
