package io.nexus.notify.lincheck;

import org.junit.jupiter.api.Test;

/**
 * Lincheck model checks of the {@code jctools} backend.
 *
 * <p>The backend's {@code MpscAtomicArrayQueue} writes its elements through
 * {@code AtomicReferenceArray}, which Lincheck 3.7 treats as a switch point, so these checks
 * also stop a producer between claiming its slot (the CAS on the producer index) and writing
 * it: the window in which a poll must stop rather than wait.
 */
class JctoolsLincheckTest {

    /** {@link OneProducerOneConsumer} on {@code jctools}. */
    public static final class OneProducer extends OneProducerOneConsumer {

        /** Creates an empty {@code jctools} queue. */
        public OneProducer() {
            super("jctools");
        }
    }

    /** {@link ManyProducersBatchPolls} on {@code jctools}. */
    public static final class ManyProducers extends ManyProducersBatchPolls {

        /** Creates an empty {@code jctools} queue. */
        public ManyProducers() {
            super("jctools");
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
