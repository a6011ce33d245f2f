package io.nexus.notify.demo;

/** The layout of a tick: the four {@code long} fields each instrument holds. */
final class Tick {

    /** Field 0: the bid price, in ticks of the price grid. */
    static final int BID = 0;
    /** Field 1: the ask price, in ticks of the price grid. */
    static final int ASK = 1;
    /** Field 2: the size on offer. */
    static final int SIZE = 2;
    /** Field 3: {@link System#nanoTime()} when the feed published the tick. */
    static final int TIME = 3;
    /** The number of fields. */
    static final int WIDTH = 4;

    private Tick() {
    }
}
