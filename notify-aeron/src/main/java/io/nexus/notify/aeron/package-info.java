/**
 * Latest values and readiness across processes and hosts, on Aeron, conflated at both ends.
 *
 * <p>A {@link io.nexus.notify.aeron.LongsPublisher} takes each token's latest tuple from any
 * producer thread without blocking and without touching Aeron; its duty cycle sends each
 * pending token's latest tuple as one fixed-length message. A
 * {@link io.nexus.notify.aeron.LongsSubscriber} drains the subscription into the consumer's
 * {@link io.nexus.notify.value.LatestLongs}, so the consumer keeps its ordinary {@code Poller}
 * or {@code Receiver} loop and a slow consumer never back-pressures the network.
 * {@link io.nexus.notify.aeron.TokensPublisher} and {@link io.nexus.notify.aeron.TokensSubscriber}
 * are the same pair for readiness alone: a remote {@link io.nexus.notify.Notifier}.
 * {@link io.nexus.notify.aeron.EmbeddedDriver} starts a media driver inside the process, with
 * settings that suit a small machine.
 *
 * <p>Every publisher and subscriber is an Agrona {@link org.agrona.concurrent.Agent}: run it
 * with an {@code AgentRunner} (its own thread) or call {@code doWork()} from a loop of your
 * own, on one thread. Aeron and Agrona need the JVM option
 * {@code --add-exports java.base/jdk.internal.misc=ALL-UNNAMED}. The wire format, back-pressure,
 * liveness and the driver's settings are described in {@code docs/aeron.md}.
 */
package io.nexus.notify.aeron;
