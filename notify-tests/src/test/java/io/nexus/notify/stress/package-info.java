/**
 * Stress tests of every available backend, run by {@code mvn verify}.
 *
 * <ul>
 *   <li>Soaks ({@code SoakTest}, {@code ChannelSoakTest}, tagged {@code soak}): many producers,
 *       one consumer, random poll limits, invariants checked on every poll and the
 *       happens-before contract checked at the end.</li>
 *   <li>Close races ({@code CloseStressTest}, {@code ClosedAfterNotifyTest}, tagged
 *       {@code stress}): thousands of short rounds, each racing notifies against
 *       {@code close()} on a new channel, checking that every notify that returned
 *       {@code true} is received before {@code CLOSED} and that {@code CLOSED} is final.</li>
 *   <li>The value layer ({@code ValueSoakTest}, tagged {@code soak}): producers publish
 *       four-field ticks into {@code LatestLongs}; the consumer checks that no tuple is torn,
 *       that versions never go back, and that its final view is the last tick published.</li>
 * </ul>
 *
 * <p>{@code StallProbe} is not a test: a program that measures how long a descheduled
 * producer hides the tokens behind it, with figures that depend on the machine.
 */
package io.nexus.notify.stress;
