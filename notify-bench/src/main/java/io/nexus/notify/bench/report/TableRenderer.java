package io.nexus.notify.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link ComparisonTable} as aligned plain text (for the console) or as a Markdown
 * table. A cell reads {@code 12.3 (1.05x)}: ns/op, then the ratio to the row's basis.
 */
public final class TableRenderer {

    /** The header of the floor column. */
    static final String FLOOR = "floor";

    private TableRenderer() {
    }

    /**
     * Renders the table as aligned text with a legend.
     *
     * @param table the table
     * @return the text, lines separated by {@code \n}
     */
    public static String text(ComparisonTable table) {
        return align(cells(table)) + legend();
    }

    /**
     * Aligns lines of cells as text: the first column left, the others right, a rule under
     * the header.
     *
     * @param lines the header, then the rows; all of the same length
     * @return the text, lines separated by {@code \n}
     */
    static String align(List<String[]> lines) {
        final int columns = lines.get(0).length;
        final int[] width = new int[columns];
        for (String[] line : lines) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], line[c].length());
            }
        }
        final StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            final String[] line = lines.get(i);
            for (int c = 0; c < columns; c++) {
                final String cell = line[c];
                if (c == 0) {
                    sb.append(cell).append(" ".repeat(width[c] - cell.length()));
                } else {
                    sb.append("  ").append(" ".repeat(width[c] - cell.length())).append(cell);
                }
            }
            sb.append('\n');
            if (i == 0) {
                int total = 0;
                for (int w : width) {
                    total += w + 2;
                }
                sb.append("-".repeat(total - 2)).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Renders the table as Markdown with a legend.
     *
     * @param table the table
     * @return the Markdown text
     */
    public static String markdown(ComparisonTable table) {
        return markdown(cells(table)) + "\n" + legend();
    }

    /**
     * Lays out lines of cells as a Markdown table.
     *
     * @param lines the header, then the rows; all of the same length
     * @return the Markdown text
     */
    static String markdown(List<String[]> lines) {
        final StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            sb.append('|');
            for (String cell : lines.get(i)) {
                sb.append(' ').append(cell).append(" |");
            }
            sb.append('\n');
            if (i == 0) {
                sb.append('|');
                for (int c = 0; c < lines.get(0).length; c++) {
                    sb.append(c == 0 ? "---|" : "---:|");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String legend() {
        return "Cells: ns/op (ratio). The ratio divides by the row's floor where it has one, "
            + "by the subject its label names (\"vs builtin\"), else by the best peer in the "
            + "row; lower is better.\n";
    }

    private static List<String[]> cells(ComparisonTable table) {
        final List<String> subjects = table.subjects();
        final List<String[]> lines = new ArrayList<>();
        final String[] header = new String[subjects.size() + 2];
        header[0] = "operation (ns/op)";
        for (int s = 0; s < subjects.size(); s++) {
            header[s + 1] = subjects.get(s);
        }
        header[header.length - 1] = FLOOR;
        lines.add(header);
        for (ComparisonTable.Row row : table.rows()) {
            final String[] line = new String[header.length];
            line[0] = row.label();
            for (int s = 0; s < subjects.size(); s++) {
                final String subject = subjects.get(s);
                line[s + 1] = cell(row.value(subject), row.ratio(subject));
            }
            line[line.length - 1] = Double.isNaN(row.floor()) ? "-"
                : number(row.floor()) + " " + row.floorLabel();
            lines.add(line);
        }
        return lines;
    }

    /**
     * Formats one cell.
     *
     * @param value ns/op, or {@code NaN}
     * @param ratio the ratio, or {@code NaN}
     * @return for example {@code 12.3 (1.05x)}, or {@code -} when there is no value
     */
    static String cell(double value, double ratio) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return number(value);
        }
        return number(value) + " (" + String.format(Locale.ROOT, "%.2fx", ratio) + ")";
    }

    /**
     * Formats a figure with three significant digits (at least one decimal below 100).
     *
     * @param value the figure
     * @return for example {@code 2.94}, {@code 38.1} or {@code 1234}
     */
    static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
