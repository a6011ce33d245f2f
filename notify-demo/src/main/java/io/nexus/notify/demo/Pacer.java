package io.nexus.notify.demo;

/**
 * Spreads a number of events per second evenly over time: tells how many should have happened
 * by a given moment. A feed that falls behind catches up in bursts; one that is ahead pauses.
 */
final class Pacer {

    private final double perNano;
    private final long start;

    /**
     * Creates a pacer.
     *
     * @param perSecond the rate, events per second
     * @param start     the {@link System#nanoTime()} at which the count starts from zero
     */
    Pacer(long perSecond, long start) {
        this.perNano = perSecond / 1e9;
        this.start = start;
    }

    /**
     * Returns how many events are due by {@code now}.
     *
     * @param now a {@link System#nanoTime()} reading
     * @return the number of events that the rate allows since the start; 0 before it
     */
    long due(long now) {
        final long elapsed = now - start;
        return elapsed <= 0 ? 0 : (long) (elapsed * perNano);
    }
}
