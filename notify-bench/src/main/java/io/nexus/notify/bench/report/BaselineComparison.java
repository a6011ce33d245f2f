package io.nexus.notify.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares a run with a saved one ({@code ./bench --baseline FILE}), row by row and subject by
 * subject. A cell reads {@code 1.12x slower}: this run's figure divided by the baseline's, and
 * a verdict that marks only differences beyond JMH's error intervals: {@code slower} or
 * {@code faster} when the intervals (figure &plusmn; score error) do not overlap, {@code ~}
 * when they do, {@code ?} when either figure has no interval (percentiles, or too few
 * iterations for JMH to give an error).
 */
public final class BaselineComparison {

    /** The verdict when the intervals overlap. */
    static final String SAME = "~";
    /** The verdict when either figure lacks an interval. */
    static final String UNKNOWN = "?";

    private BaselineComparison() {
    }

    /**
     * Tells how a figure compares with its baseline.
     *
     * @param value     this run's figure (lower is better)
     * @param error     its error, or {@code NaN}
     * @param base      the baseline's figure
     * @param baseError its error, or {@code NaN}
     * @return {@code slower}, {@code faster}, {@value #SAME} or {@value #UNKNOWN}
     */
    static String verdict(double value, double error, double base, double baseError) {
        if (!Double.isFinite(error) || !Double.isFinite(baseError)) {
            return UNKNOWN;
        }
        if (value - error > base + baseError) {
            return "slower";
        }
        if (value + error < base - baseError) {
            return "faster";
        }
        return SAME;
    }

    /**
     * Lays out the comparison: the rows and subjects of this run that the baseline has too.
     *
     * @param now  this run's table
     * @param base the baseline's table
     * @return the header, then one line per row both tables have
     */
    public static List<String[]> cells(ComparisonTable now, ComparisonTable base) {
        final List<String> subjects = new ArrayList<>(now.subjects());
        subjects.retainAll(base.subjects());
        final List<String[]> lines = new ArrayList<>();
        final String[] header = new String[subjects.size() + 1];
        header[0] = "operation (this run / baseline)";
        for (int s = 0; s < subjects.size(); s++) {
            header[s + 1] = subjects.get(s);
        }
        lines.add(header);
        for (ComparisonTable.Row row : now.rows()) {
            final ComparisonTable.Row old = base.row(row.label());
            if (old == null) {
                continue;
            }
            final String[] line = new String[header.length];
            line[0] = row.label();
            boolean any = false;
            for (int s = 0; s < subjects.size(); s++) {
                final String subject = subjects.get(s);
                final double v = row.value(subject);
                final double b = old.value(subject);
                if (Double.isNaN(v) || Double.isNaN(b)) {
                    line[s + 1] = "-";
                } else {
                    any = true;
                    line[s + 1] = String.format(Locale.ROOT, "%.2fx %s", v / b,
                        verdict(v, row.error(subject), b, old.error(subject)));
                }
            }
            if (any) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * Counts the cells beyond the error intervals.
     *
     * @param cells the comparison's cells, header first
     * @return {@code {slower, faster}}
     */
    static int[] counts(List<String[]> cells) {
        final int[] n = new int[2];
        for (String[] line : cells.subList(1, cells.size())) {
            for (int c = 1; c < line.length; c++) {
                n[0] += line[c].endsWith(" slower") ? 1 : 0;
                n[1] += line[c].endsWith(" faster") ? 1 : 0;
            }
        }
        return n;
    }

    /**
     * Renders the comparison with its legend.
     *
     * @param now      this run's table
     * @param base     the baseline's table
     * @param baseName what the baseline is, for example its file name
     * @param markdown {@code true} for Markdown, else aligned text
     * @return the text
     */
    public static String render(ComparisonTable now, ComparisonTable base, String baseName,
            boolean markdown) {
        final List<String[]> cells = cells(now, base);
        if (cells.size() == 1) {
            return "Baseline " + baseName + ": no row in common with this run.\n";
        }
        final int[] n = counts(cells);
        return "Compared with baseline " + baseName + ": " + n[0] + " slower, " + n[1]
            + " faster beyond JMH's error intervals\n\n"
            + (markdown ? TableRenderer.markdown(cells) + "\n" : TableRenderer.align(cells))
            + "Cells: this run's ns/op divided by the baseline's. slower/faster: the intervals "
            + "(figure +- JMH's 99.9% score error) do not overlap; ~: they overlap; ?: a figure "
            + "has no interval (percentile, or too few iterations).\n";
    }
}
