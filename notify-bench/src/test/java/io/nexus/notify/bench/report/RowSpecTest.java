package io.nexus.notify.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RowSpecTest {

    private static final Figure FIGURE = Figure.of("NotifyBench.pollEmpty", Statistic.SCORE);
    private static final Figure FLOOR = Figure.of("FloorSwapBench.swap", Statistic.SCORE);

    @Test
    void vsSubjectNamesTheSubjectAndNoFloor() {
        final RowSpec row = RowSpec.vsSubject("op", FIGURE, "builtin");

        assertEquals("builtin", row.basisSubject());
        assertNull(row.floor());
        assertNull(row.floorLabel());
    }

    @Test
    void theFourArgumentFormNamesNoSubject() {
        assertNull(new RowSpec("op", FIGURE, FLOOR, "swap").basisSubject());
        assertNull(RowSpec.vsPeers("op", FIGURE).basisSubject());
    }

    @Test
    void aFloorAndASubjectTogetherAreRejected() {
        assertThrows(IllegalArgumentException.class,
            () -> new RowSpec("op", FIGURE, FLOOR, "swap", "builtin"));
    }

    @Test
    void aMissingSubjectIsRejected() {
        assertThrows(NullPointerException.class, () -> RowSpec.vsSubject("op", FIGURE, null));
    }
}
