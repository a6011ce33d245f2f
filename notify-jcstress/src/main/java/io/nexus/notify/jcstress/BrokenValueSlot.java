package io.nexus.notify.jcstress;

import io.nexus.notify.Notifier;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.function.BinaryOperator;

/**
 * The latest value of one token (token 0) with one deliberate flaw, a stand-in for
 * {@link io.nexus.notify.value.LatestValues} in the {@code BrokenValue*} jcstress tests. Never
 * use it for anything else.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>Apart from its {@link Flaw}, it follows {@code LatestValues}: publish stores the value
 * with release and then notifies; merge folds the contribution into the unread value with a
 * compare-and-set loop and then notifies; take is one {@code getAndSet(null)}. Each flaw
 * breaks one of these steps so that a litmus test shows the outcome its contract test forbids.
 *
 * @param <V> the value type
 */
final class BrokenValueSlot<V> {

    /** Which step is broken. */
    enum Flaw {
        /** Publish notifies first and stores the value after. */
        NOTIFY_BEFORE_STORE,
        /** Merge reads the unread value and writes the merged one without a compare-and-set. */
        UNATOMIC_MERGE,
        /** Take reads the value, then clears the slot with a separate write. */
        GET_THEN_CLEAR_TAKE
    }

    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup()
                .findVarHandle(BrokenValueSlot.class, "value", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Notifier notifier;
    private final Flaw flaw;
    @SuppressWarnings("unused") // accessed through VALUE
    private Object value;

    /**
     * Creates an empty slot.
     *
     * @param notifier the notifier of token 0
     * @param flaw     the step to break
     */
    BrokenValueSlot(Notifier notifier, Flaw flaw) {
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.flaw = Objects.requireNonNull(flaw, "flaw");
    }

    /**
     * Stores {@code v} as the latest value, then notifies token 0; with
     * {@link Flaw#NOTIFY_BEFORE_STORE}, the other way round.
     *
     * @param v the new value
     */
    void publish(V v) {
        if (flaw == Flaw.NOTIFY_BEFORE_STORE) {
            // The consumer can be delivered the token, and take, before the value is stored.
            notifier.notify(0);
            VALUE.setRelease(this, v);
        } else {
            VALUE.setRelease(this, v);
            notifier.notify(0);
        }
    }

    /**
     * Folds {@code v} into the unread value, or stores it if there is none, then notifies
     * token 0.
     *
     * @param v      the contribution
     * @param merger combines the unread value with the contribution
     */
    @SuppressWarnings("unchecked")
    void merge(V v, BinaryOperator<V> merger) {
        while (true) {
            final V unread = (V) VALUE.getVolatile(this);
            final V merged = unread == null ? v : merger.apply(unread, v);
            if (flaw == Flaw.UNATOMIC_MERGE) {
                // A take or another merge between the read and this write is overwritten.
                VALUE.setVolatile(this, merged);
                break;
            }
            if (VALUE.compareAndSet(this, unread, merged)) {
                break;
            }
        }
        notifier.notify(0);
    }

    /**
     * Returns the latest unread value and clears the slot.
     *
     * @return the value, or {@code null} if none
     */
    @SuppressWarnings("unchecked")
    V take() {
        if (flaw == Flaw.GET_THEN_CLEAR_TAKE) {
            // A value published or merged between the read and the clear is erased.
            final V v = (V) VALUE.getVolatile(this);
            VALUE.setVolatile(this, null);
            return v;
        }
        return (V) VALUE.getAndSet(this, null);
    }
}
