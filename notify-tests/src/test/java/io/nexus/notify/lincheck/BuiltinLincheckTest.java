package io.nexus.notify.lincheck;

import org.junit.jupiter.api.Test;

/** Lincheck model checks of the {@code builtin} backend. */
class BuiltinLincheckTest {

    /** {@link OneProducerOneConsumer} on {@code builtin}. */
    public static final class OneProducer extends OneProducerOneConsumer {

        /** Creates an empty {@code builtin} queue. */
        public OneProducer() {
            super("builtin");
        }
    }

    /** {@link ManyProducersBatchPolls} on {@code builtin}. */
    public static final class ManyProducers extends ManyProducersBatchPolls {

        /** Creates an empty {@code builtin} queue. */
        public ManyProducers() {
            super("builtin");
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
