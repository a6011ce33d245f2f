package io.nexus.notify.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PacerTest {

    private final Pacer pacer = new Pacer(1_000, 5_000_000_000L);

    @Test
    void nothingIsDueBeforeOrAtTheStart() {
        assertEquals(0, pacer.due(4_000_000_000L));
        assertEquals(0, pacer.due(5_000_000_000L));
    }

    @Test
    void theRateIsDueAfterOneSecond() {
        assertEquals(1_000, pacer.due(6_000_000_000L));
    }

    @Test
    void halfTheRateIsDueAfterHalfASecond() {
        assertEquals(500, pacer.due(5_500_000_000L));
    }
}
