package io.nexus.notify;

/**
 * A user-chosen index that names one notifiable item (a slab key, an array index).
 *
 * <p>The queue never assigns tokens: the user picks an index in {@code [0, capacity)} of the
 * queue it notifies. Hot paths can use the {@code int} overloads and never create a token.
 *
 * @param index the item's index, {@code >= 0}
 */
public record Token(int index) {

    /**
     * Creates a token.
     *
     * @param index the item's index
     * @throws IndexOutOfBoundsException if {@code index} is negative, as
     *     {@link Notifier#notify(int)} throws for a negative index
     */
    public Token {
        if (index < 0) {
            throw new IndexOutOfBoundsException("token index " + index + " is negative");
        }
    }
}
