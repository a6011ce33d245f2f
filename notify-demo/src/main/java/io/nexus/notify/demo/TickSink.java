package io.nexus.notify.demo;

/** Where a feed publishes its ticks: a {@code LatestLongs}, or a publisher to another process. */
@FunctionalInterface
interface TickSink {

    /**
     * Publishes an instrument's tick; never blocks.
     *
     * @param instrument the instrument
     * @param bid        the bid
     * @param ask        the ask
     * @param size       the size
     * @param time       the {@link System#nanoTime()} of publication
     */
    void publish(int instrument, long bid, long ask, long size, long time);
}
