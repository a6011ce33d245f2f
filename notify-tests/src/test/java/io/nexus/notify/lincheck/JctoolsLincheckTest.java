package io.nexus.notify.lincheck;

import org.junit.jupiter.api.Test;

/**
 * Lincheck model checks of the {@code jctools} backend.
 *
 * <p>Coverage limit: Lincheck 3.7 does not make JCTools' {@code Unsafe} store of a queue element
 * a switch point, so these checks never stop a producer between claiming its slot (the CAS on
 * the producer index) and writing it: the window in which a poll must stop rather than wait is
 * not explored here. The jcstress tests and the stress soak cover it.
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
