package io.nexus.notify.channel;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;

/**
 * JFR event: a channel's receiver parked, for as long as the event lasts. Emitted only with
 * {@code -Dio.nexus.notify.jfr=true} and a recording that enables it.
 */
@Name("io.nexus.notify.ReceiverPark")
@Label("Receiver Park")
@Category({"notify", "Channel"})
@Description("A channel's receiver parked because nothing was pending")
final class ReceiverParkEvent extends Event {

    /** The backend of the channel's queue. */
    @Label("Backend")
    String backend;

    /** The channel's capacity. */
    @Label("Capacity")
    int capacity;

    /** The longest park the strategy and the deadline allowed, or -1 for no limit. */
    @Label("Park Limit")
    @Timespan(Timespan.NANOSECONDS)
    long limit;
}
