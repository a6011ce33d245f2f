/**
 * The conformance kit (TCK): abstract JUnit 5 tests that any notify backend must pass.
 *
 * <p>A backend author depends on {@code io.nexus.notify:notify-tests} in test scope and extends
 * {@link io.nexus.notify.tck.EventQueueConformance}, supplying a factory:
 *
 * <pre>{@code
 * class BuiltinConformanceTest extends EventQueueConformance {
 *     @Override
 *     protected EventQueue newQueue(int capacity) {
 *         return EventQueue.create(capacity, "builtin");   // your backend's name
 *     }
 * }
 * }</pre>
 *
 * <p>The kit covers the semantics of the API (conflation, FIFO, budgeted polls, re-arming, the
 * strict {@code isEmpty()}, how far a poll grows its batch), every bad input (exception type,
 * message naming the bad value and the valid range, state untouched afterwards), steady-state
 * allocation, and concurrent producers with a consumer polling meanwhile. The groups are also
 * usable one by one: {@link io.nexus.notify.tck.SemanticsConformance},
 * {@link io.nexus.notify.tck.BadInputConformance} and
 * {@link io.nexus.notify.tck.ConcurrencyConformance}.
 * {@link io.nexus.notify.tck.LatestValuesConformance} and
 * {@link io.nexus.notify.tck.LatestLongsConformance} check the value layer over the backend
 * (they need notify-value on the test class path).
 *
 * <p>{@link io.nexus.notify.tck.EventChannelConformance} does the same for the blocking channel
 * over a backend (bad input, {@code limit == 0}, closed channels and the finality of
 * {@code CLOSED}, the single receiver, a sender and a receiver used as a plain
 * {@code Notifier} and {@code Poller}); it needs notify-channel on the test class path.
 */
package io.nexus.notify.tck;
