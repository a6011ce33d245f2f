/**
 * notify-value: latest-value slots paired with tokens, over any {@link io.nexus.notify.Notifier}
 * (a queue's notifier or a channel's sender). Depends on the notify API alone.
 */
module io.nexus.notify.value {
    requires transitive io.nexus.notify;

    exports io.nexus.notify.value;
}
