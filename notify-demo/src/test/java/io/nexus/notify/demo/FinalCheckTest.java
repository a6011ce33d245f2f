package io.nexus.notify.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FinalCheckTest {

    private final TickTable published = new TickTable(3);
    private final TickTable view = new TickTable(3);

    FinalCheckTest() {
        for (int i = 0; i < 3; i++) {
            published.put(i, 5, new long[] {100 + i, 101 + i, 300, 42});
            view.put(i, 5, new long[] {100 + i, 101 + i, 300, 42});
        }
    }

    @Test
    void equalViewsPass() {
        final FinalCheck check = FinalCheck.of(published, view);
        assertTrue(check.passed());
        assertTrue(check.summary().startsWith("PASS"), check.summary());
    }

    @Test
    void aDifferentFieldFailsAndNamesTheInstrument() {
        view.put(1, 5, new long[] {101, 102, 300, 41});
        final FinalCheck check = FinalCheck.of(published, view);
        assertFalse(check.passed());
        assertEquals(1, check.mismatches());
        assertTrue(check.summary().startsWith("FAIL: 1 of 3 instruments"), check.summary());
        assertTrue(check.firstMismatch().startsWith("instrument 1:"), check.firstMismatch());
    }

    @Test
    void anOlderVersionWithTheSameFieldsFails() {
        view.put(2, 4, new long[] {102, 103, 300, 42});
        final FinalCheck check = FinalCheck.of(published, view);
        assertEquals(1, check.mismatches());
        assertTrue(check.firstMismatch().startsWith("instrument 2:"), check.firstMismatch());
    }

    @Test
    void neverPublishedAndNeverReadMatch() {
        final FinalCheck check = FinalCheck.of(new TickTable(2), new TickTable(2));
        assertTrue(check.passed());
    }
}
