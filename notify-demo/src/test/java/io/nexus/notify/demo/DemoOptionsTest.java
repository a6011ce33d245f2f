package io.nexus.notify.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoOptionsTest {

    @Test
    void noArgumentsGiveTheDefaults() {
        assertEquals(new DemoOptions(DemoOptions.DEFAULT_FEEDS, DemoOptions.DEFAULT_INSTRUMENTS,
            DemoOptions.DEFAULT_RATE, DemoOptions.DEFAULT_SECONDS, null, null, false),
            DemoOptions.parse());
    }

    @Test
    void everyOptionIsRead() {
        assertEquals(new DemoOptions(4, 5_000, 250_000, 3, "jctools", "udp", false),
            DemoOptions.parse("--feeds", "4", "--instruments", "5000", "--rate", "250_000",
                "--seconds", "3", "--backend", "jctools", "--across", "udp"));
    }

    @Test
    void acrossTakesIpcOrUdpOnly() {
        assertEquals("ipc", DemoOptions.parse("--across", "ipc").across());
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> DemoOptions.parse("--across", "tcp"));
        assertTrue(e.getMessage().contains("ipc or udp"), e.getMessage());
    }

    @Test
    void helpIsRead() {
        assertTrue(DemoOptions.parse("--help").help());
        assertTrue(DemoOptions.parse("-h").help());
    }

    @Test
    void anUnknownOptionIsRejected() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> DemoOptions.parse("--speed", "3"));
        assertTrue(e.getMessage().contains("'--speed'"), e.getMessage());
    }

    @Test
    void aMissingValueIsRejected() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> DemoOptions.parse("--rate"));
        assertEquals("--rate needs a value", e.getMessage());
    }

    @Test
    void aValueOutOfRangeIsRejectedWithTheRange() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> DemoOptions.parse("--seconds", "0"));
        assertEquals("--seconds must be in [1, " + DemoOptions.MAX_SECONDS + "], was 0",
            e.getMessage());
    }

    @Test
    void aMalformedNumberIsRejected() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> DemoOptions.parse("--feeds", "two"));
        assertTrue(e.getMessage().startsWith("--feeds needs a whole number"), e.getMessage());
    }

    @Test
    void fewerInstrumentsThanFeedsAreRejected() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> DemoOptions.parse("--feeds", "4", "--instruments", "3"));
        assertTrue(e.getMessage().startsWith("--instruments (3) must be at least --feeds (4)"),
            e.getMessage());
    }
}
