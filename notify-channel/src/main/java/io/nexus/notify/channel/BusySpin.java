package io.nexus.notify.channel;

/** Spin without bound and never park: {@link WaitStrategy#busySpin()}. */
enum BusySpin implements WaitStrategy {

    /** The one instance. */
    INSTANCE;

    @Override
    public long idle(int idleCount) {
        Thread.onSpinWait();
        return RETRY;
    }

    @Override
    public boolean parks() {
        return false;
    }

    /**
     * Describes the strategy.
     *
     * @return {@code WaitStrategy[busy-spin]}
     */
    @Override
    public String toString() {
        return "WaitStrategy[busy-spin]";
    }
}
