package io.nexus.notify.bench.jmh;

import io.nexus.notify.channel.WaitStrategy;

/**
 * The wait strategies the channel benchmarks take by name, as a {@code strategy} parameter,
 * so that one benchmark class measures the same operation under several strategies in one
 * run.
 */
final class Strategies {

    /** {@link WaitStrategy#parkImmediately()}: every wait is an OS park. */
    static final String PARK = "park";
    /** {@link WaitStrategy#defaultStrategy()}: spin, yield, then park. */
    static final String DEFAULT = "default";
    /** {@link WaitStrategy#busySpin()}: never parks. */
    static final String BUSY_SPIN = "busy-spin";

    private Strategies() {
    }

    /**
     * Returns the strategy of a name.
     *
     * @param name {@value #PARK}, {@value #DEFAULT} or {@value #BUSY_SPIN}
     * @return the strategy
     * @throws IllegalArgumentException for any other name
     */
    static WaitStrategy named(String name) {
        switch (name) {
            case PARK:
                return WaitStrategy.parkImmediately();
            case DEFAULT:
                return WaitStrategy.defaultStrategy();
            case BUSY_SPIN:
                return WaitStrategy.busySpin();
            default:
                throw new IllegalArgumentException("unknown wait strategy '" + name
                    + "'; known: " + PARK + ", " + DEFAULT + ", " + BUSY_SPIN);
        }
    }
}
