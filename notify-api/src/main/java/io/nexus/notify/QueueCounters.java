package io.nexus.notify;

/**
 * What a {@link CountingEventQueue} has counted since it was made: a snapshot. Each field is
 * read on its own while producers and the consumer go on, so two fields may be a few
 * operations apart; each one alone never goes back.
 *
 * @param newlyPending notifies that made their token pending (returned {@code true})
 * @param conflated    notifies of a token already pending (returned {@code false})
 * @param polls        polls, empty or not, with any limit
 * @param emptyPolls   polls that moved no token
 * @param delivered    tokens moved by polls
 */
public record QueueCounters(long newlyPending, long conflated, long polls, long emptyPolls,
        long delivered) {

    /**
     * Returns every notify counted: those that made a token pending and those conflated.
     *
     * @return {@code newlyPending + conflated}
     */
    public long notifies() {
        return newlyPending + conflated;
    }
}
