package io.nexus.notify.lincheck;

import org.junit.jupiter.api.Test;

/**
 * Lincheck model checks of the {@code agrona} backend.
 *
 * <p>Coverage limit: Lincheck 3.7 cannot instrument {@code org.agrona.UnsafeApi} (it logs a
 * {@code VerifyError} warning with a stack trace when it tries), so Agrona's element accesses
 * are not switch points and these checks never stop a producer between claiming its slot and
 * writing it: the window in which a poll must stop rather than wait is not explored here. The
 * jcstress tests and the stress soak cover it.
 */
class AgronaLincheckTest {

    /** {@link OneProducerOneConsumer} on {@code agrona}. */
    public static final class OneProducer extends OneProducerOneConsumer {

        /** Creates an empty {@code agrona} queue. */
        public OneProducer() {
            super("agrona");
        }
    }

    /** {@link ManyProducersBatchPolls} on {@code agrona}. */
    public static final class ManyProducers extends ManyProducersBatchPolls {

        /** Creates an empty {@code agrona} queue. */
        public ManyProducers() {
            super("agrona");
        }
    }

    @Test
    void oneProducerNotifiesAndSingleTokenPollsAreLinearizable() {
        OneProducerOneConsumer.check(OneProducer.class);
    }

    @Test
    void batchPollsWithManyProducersLoseAndDuplicateNothing() {
        ManyProducersBatchPolls.check(ManyProducers.class);
    }
}
