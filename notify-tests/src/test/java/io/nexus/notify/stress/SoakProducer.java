package io.nexus.notify.stress;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;

/**
 * One soak producer: until told to stop, picks one of its own tokens at random, writes the
 * next sequence number into that token's slot and notifies it.
 *
 * <p>Producer {@code id} of {@code producers} owns the tokens {@code t} with
 * {@code t % producers == id}, so every slot has a single writer and {@link #written()} holds
 * its final value once the thread has ended.
 */
final class SoakProducer implements Runnable {

    /** Opaque access to the slots: no ordering of its own, the queue must publish the write. */
    static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);

    private final int id;
    private final int producers;
    private final IntPredicate notifier;
    private final long[] slots;
    private final long[] written;
    private final LongAdder notifies;
    private final LongAdder queued;
    private final CountDownLatch started;
    private final BooleanSupplier running;

    /**
     * Creates a producer.
     *
     * @param id        this producer's number, in {@code [0, producers)}
     * @param producers the number of producers sharing the tokens
     * @param notifier  notifies a token index and returns whether it was newly queued (a
     *     queue's {@code Notifier::notify} or a channel's {@code Sender::notify})
     * @param slots     the shared slots, one per token
     * @param notifies  counts every notify
     * @param queued    counts the notifies that returned {@code true}
     * @param started   counted down once this producer runs
     * @param running   tells whether to go on
     */
    SoakProducer(int id, int producers, IntPredicate notifier, long[] slots, LongAdder notifies,
                 LongAdder queued, CountDownLatch started, BooleanSupplier running) {
        this.id = id;
        this.producers = producers;
        this.notifier = notifier;
        this.slots = slots;
        this.written = new long[slots.length];
        this.notifies = notifies;
        this.queued = queued;
        this.started = started;
        this.running = running;
    }

    /**
     * Returns the last value written into each slot this producer owns (0 for the others).
     * Read only after the producer's thread has been joined.
     *
     * @return the final values, indexed by token
     */
    long[] written() {
        return written;
    }

    @Override
    public void run() {
        final SplittableRandom random = new SplittableRandom(id);
        final int owned = (slots.length - id + producers - 1) / producers;
        long sequence = 0;
        started.countDown();
        while (running.getAsBoolean()) {
            final int t = id + producers * random.nextInt(owned);
            sequence++;
            SLOT.setOpaque(slots, t, sequence);
            written[t] = sequence;
            notifies.increment();
            if (notifier.test(t)) {
                queued.increment();
            }
        }
    }
}
