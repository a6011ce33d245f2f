package io.nexus.notify.bench.peer;

import io.nexus.notify.EventQueue;
import io.nexus.notify.tck.EventQueueConformance;

/**
 * Runs the conformance kit against {@link JdkPeerQueue}, so that the comparison is like for
 * like. The peer meets every part of the contract but one: built from the JDK's concurrent
 * collections, it allocates on every new notification (a {@code ConcurrentLinkedQueue} node
 * and a {@code ConcurrentHashMap} key-set node), which is what such a queue costs a user.
 */
@KnownDifference(tests = "steadyStateNotifyAndPollAllocateNothing",
    reason = "ConcurrentLinkedQueue and ConcurrentHashMap allocate a node per new notification")
class JdkPeerConformanceTest extends EventQueueConformance {
    @Override
    protected EventQueue newQueue(int capacity) {
        return Subjects.create(Subjects.JDK_PEER, capacity);
    }

    /**
     * A hand-rolled peer does what a user would: it swaps the flag, then offers, with nothing
     * to put the flag back if a stack overflow cuts the notify short in between.
     */
    @Override
    protected boolean offerCanBeCutShort() {
        return true;
    }

    /**
     * A hand-rolled peer takes one box at a time and then makes calls (the next take, the
     * unboxing, the re-arming) before the batch holds it, with nothing to put it back if a
     * stack overflow strikes in between.
     */
    @Override
    protected boolean drainCanBeCutShort() {
        return true;
    }
}
