package io.nexus.notify.bench.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.nexus.notify.EventQueue;
import org.junit.jupiter.api.Test;

class SubjectsTest {

    @Test
    void localBuildsTheSingleThreadQueue() {
        final EventQueue q = Subjects.create(Subjects.LOCAL, 8);

        assertEquals(EventQueue.createLocal(8).backend(), q.backend());
        assertEquals(8, q.capacity());
    }

    @Test
    void localIsNeitherAPeerNorABackend() {
        assertFalse(Subjects.isPeer(Subjects.LOCAL));
        assertFalse(EventQueue.availableBackends().contains(Subjects.LOCAL));
    }

    @Test
    void anUnknownNameIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Subjects.create("no-such-queue", 8));
    }
}
