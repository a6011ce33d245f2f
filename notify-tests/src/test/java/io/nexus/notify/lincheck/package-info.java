/**
 * Lincheck model checks of every backend: with one producer and one consumer, {@code notify}
 * and single-token polls are linearizable against a conflating FIFO; with several producers and
 * batch polls, which are not linearizable, nothing is lost or delivered twice.
 */
package io.nexus.notify.lincheck;
