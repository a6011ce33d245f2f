package io.nexus.notify.jcstress;

import io.nexus.notify.Events;

/**
 * Encodes a poll's tokens as one int for a jcstress outcome: token {@code t} becomes the
 * decimal digit {@code t + 1}, in delivery order. {@code [0, 1]} reads {@code 12}, an empty
 * poll {@code 0}. Tokens must be below 9 and polls shorter than 10.
 */
final class Deliveries {

    private Deliveries() {
    }

    /**
     * Encodes the tokens held by {@code events}.
     *
     * @param events the tokens of one poll
     * @return their digits in delivery order, or 0 if there are none
     */
    static int encode(Events events) {
        int code = 0;
        for (int i = 0; i < events.size(); i++) {
            code = code * 10 + events.index(i) + 1;
        }
        return code;
    }
}
