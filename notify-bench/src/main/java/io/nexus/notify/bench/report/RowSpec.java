package io.nexus.notify.bench.report;

import java.util.Objects;

/**
 * One row of the comparison: an operation, the figure measured for every subject, and what its
 * ratios divide by: a floor, a named subject of the same row, or (when neither is given) the
 * best peer.
 *
 * @param label        the operation, as shown in the table
 * @param figure       where each subject's number comes from
 * @param floor        where the floor's number comes from, or {@code null} when the row is
 *                     compared with a subject or the best peer instead
 * @param floorLabel   what the floor is, for example {@code AtomicLong ping-pong}; {@code null}
 *                     exactly when {@code floor} is
 * @param basisSubject the subject whose figure in this row the ratios divide by, for example
 *                     {@code builtin}; {@code null} for a floor or the best peer
 */
public record RowSpec(String label, Figure figure, Figure floor, String floorLabel,
        String basisSubject) {

    /**
     * Checks.
     *
     * @throws NullPointerException     if {@code label} or {@code figure} is null
     * @throws IllegalArgumentException if only one of {@code floor} and {@code floorLabel} is
     *     given, or both a floor and a basis subject are
     */
    public RowSpec {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(figure, "figure");
        if ((floor == null) != (floorLabel == null)) {
            throw new IllegalArgumentException("a floor needs a label and a label needs a floor");
        }
        if (floor != null && basisSubject != null) {
            throw new IllegalArgumentException("a row is compared with a floor or with a subject,"
                + " not both");
        }
    }

    /**
     * A row compared with a floor, or with the best peer when {@code floor} is {@code null}.
     *
     * @param label      the operation
     * @param figure     where each subject's number comes from
     * @param floor      where the floor's number comes from, or {@code null}
     * @param floorLabel what the floor is; {@code null} exactly when {@code floor} is
     * @throws NullPointerException     if {@code label} or {@code figure} is null
     * @throws IllegalArgumentException if only one of {@code floor} and {@code floorLabel} is
     *     given
     */
    public RowSpec(String label, Figure figure, Figure floor, String floorLabel) {
        this(label, figure, floor, floorLabel, null);
    }

    /**
     * A row compared with the best peer.
     *
     * @param label  the operation
     * @param figure where each subject's number comes from
     * @return the row
     */
    public static RowSpec vsPeers(String label, Figure figure) {
        return new RowSpec(label, figure, null, null, null);
    }

    /**
     * A row compared with one of its subjects, for example a variant against the backend it
     * replaces.
     *
     * @param label   the operation
     * @param figure  where each subject's number comes from
     * @param subject the subject whose figure the ratios divide by
     * @return the row
     * @throws NullPointerException if any argument is null
     */
    public static RowSpec vsSubject(String label, Figure figure, String subject) {
        return new RowSpec(label, figure, null, null, Objects.requireNonNull(subject, "subject"));
    }
}
