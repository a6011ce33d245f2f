package io.nexus.notify.bench.report;

import java.util.Objects;

/**
 * One row of the comparison: an operation, the figure measured for every subject, and
 * optionally the floor it is compared with.
 *
 * @param label      the operation, as shown in the table
 * @param figure     where each subject's number comes from
 * @param floor      where the floor's number comes from, or {@code null} when the row is
 *                   compared with the best peer instead
 * @param floorLabel what the floor is, for example {@code AtomicLong ping-pong}; {@code null}
 *                   exactly when {@code floor} is
 */
public record RowSpec(String label, Figure figure, Figure floor, String floorLabel) {

    /**
     * Checks.
     *
     * @throws NullPointerException     if {@code label} or {@code figure} is null
     * @throws IllegalArgumentException if only one of {@code floor} and {@code floorLabel} is
     *     given
     */
    public RowSpec {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(figure, "figure");
        if ((floor == null) != (floorLabel == null)) {
            throw new IllegalArgumentException("a floor needs a label and a label needs a floor");
        }
    }

    /**
     * A row compared with the best peer.
     *
     * @param label  the operation
     * @param figure where each subject's number comes from
     * @return the row
     */
    public static RowSpec vsPeers(String label, Figure figure) {
        return new RowSpec(label, figure, null, null);
    }
}
