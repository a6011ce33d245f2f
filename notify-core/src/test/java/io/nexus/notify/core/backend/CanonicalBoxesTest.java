package io.nexus.notify.core.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CanonicalBoxesTest {

    @Test
    void boxIHoldsI() {
        final Integer[] boxes = CanonicalBoxes.upTo(300);
        assertEquals(300, boxes.length);
        for (int i = 0; i < boxes.length; i++) {
            assertEquals(i, boxes[i]);
        }
    }
}
