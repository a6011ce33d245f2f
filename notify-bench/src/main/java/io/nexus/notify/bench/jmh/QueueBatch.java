package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import java.util.function.IntFunction;

/**
 * Several queues, each with its own {@link Events}, so that a benchmark can refill them
 * untimed and then time one poll of each in a single invocation.
 */
final class QueueBatch {

    private final Notifier[] notifiers;
    private final Poller[] pollers;
    private final Events[] events;

    /** Builds {@code queues} queues of {@code capacity} tokens with {@code factory}. */
    QueueBatch(IntFunction<EventQueue> factory, int queues, int capacity) {
        notifiers = new Notifier[queues];
        pollers = new Poller[queues];
        events = new Events[queues];
        for (int q = 0; q < queues; q++) {
            final EventQueue queue = factory.apply(capacity);
            notifiers[q] = queue.notifier();
            pollers[q] = queue.poller();
            events[q] = Events.withCapacity(capacity);
        }
    }

    /** Makes tokens {@code [0, count)} pending in every queue, in order. */
    void notifyFirst(int count) {
        for (Notifier n : notifiers) {
            for (int t = 0; t < count; t++) {
                n.notify(t);
            }
        }
    }

    /** Notifies again, in every queue, the tokens its last poll returned (same FIFO rotation). */
    void renotifyPolled() {
        for (int q = 0; q < notifiers.length; q++) {
            for (int i = 0, size = events[q].size(); i < size; i++) {
                notifiers[q].notify(events[q].index(i));
            }
        }
    }

    /** Polls every queue once, draining it, and returns the total polled. */
    int pollAll() {
        int total = 0;
        for (int q = 0; q < pollers.length; q++) {
            total += pollers[q].poll(events[q]);
        }
        return total;
    }

    /** Polls every queue once with a limit and returns the total polled. */
    int pollAll(int limit) {
        int total = 0;
        for (int q = 0; q < pollers.length; q++) {
            total += pollers[q].poll(events[q], limit);
        }
        return total;
    }
}
