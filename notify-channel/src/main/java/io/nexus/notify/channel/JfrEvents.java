package io.nexus.notify.channel;

/**
 * Whether the channel emits its JFR events ({@link ReceiverParkEvent},
 * {@link ReceiverWakeupEvent}): only with {@code -Dio.nexus.notify.jfr=true}. Read once, so
 * that with the property unset (or blank, or anything but {@code true}) the JIT folds every
 * check away and no event object is ever made.
 */
final class JfrEvents {

    /** The system property that turns the events on. */
    static final String PROPERTY = "io.nexus.notify.jfr";

    /** {@code true} if the events are on. */
    static final boolean ENABLED = Boolean.getBoolean(PROPERTY);

    private JfrEvents() {
    }
}
