package io.nexus.notify.channel;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * JFR event: a sender (or {@code close()}) unparked a channel's parked receiver. Emitted only
 * with {@code -Dio.nexus.notify.jfr=true} and a recording that enables it; the event's thread
 * is the waker.
 */
@Name("io.nexus.notify.ReceiverWakeup")
@Label("Receiver Wakeup")
@Category({"notify", "Channel"})
@Description("A sender or close() unparked a channel's parked receiver")
final class ReceiverWakeupEvent extends Event {

    /** The backend of the channel's queue. */
    @Label("Backend")
    String backend;

    /** The channel's capacity. */
    @Label("Capacity")
    int capacity;
}
