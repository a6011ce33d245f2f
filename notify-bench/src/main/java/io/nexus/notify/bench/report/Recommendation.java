package io.nexus.notify.bench.report;

import io.nexus.notify.bench.peer.Subjects;
import java.util.ArrayList;
import java.util.List;

/**
 * The backend to deploy on the machine that ran the table, for each load. A backend replaces
 * the default ({@value #DEFAULT_BACKEND}) for a load when, over the rows of that load where both
 * have a figure with an error interval, it is faster than the default beyond JMH's error
 * intervals (the verdict of the baseline comparison, {@link Table#verdict}) in more rows than
 * it is slower; of several such backends, the one with the most rows won net. Per-token rows
 * repeat another row's figure and do not count. Peers and the single-thread queue are not
 * candidates: the option cannot select them.
 */
final class Recommendation {

    static final String DEFAULT_BACKEND = "builtin";

    /** One candidate's count of rows against the default. */
    record Score(String backend, int faster, int slower, int same) {
        int net() {
            return faster - slower;
        }
    }

    private Recommendation() {
    }

    /** Scores every candidate against the default over the rows of one load. */
    static List<Score> scores(Table table, Row.Load load) {
        final List<Score> scores = new ArrayList<>();
        for (String backend : table.subjects) {
            if (Subjects.isPeer(backend) || backend.equals(Subjects.LOCAL)
                    || backend.equals(DEFAULT_BACKEND)) {
                continue;
            }
            int faster = 0;
            int slower = 0;
            int same = 0;
            for (Table.Line l : table.lines) {
                if (l.row().load() != load || l.row().figure().divisor() != 1) {
                    continue;
                }
                switch (Table.verdict(l.value(backend), l.error(backend),
                        l.value(DEFAULT_BACKEND), l.error(DEFAULT_BACKEND))) {
                    case "faster" -> faster++;
                    case "slower" -> slower++;
                    case "~" -> same++;
                    default -> { }
                }
            }
            scores.add(new Score(backend, faster, slower, same));
        }
        return scores;
    }

    /** Chooses the backend for one load: the default unless a candidate wins more rows net. */
    static String choose(List<Score> scores) {
        Score best = null;
        for (Score s : scores) {
            if (s.net() > 0 && (best == null || s.net() > best.net())) {
                best = s;
            }
        }
        return best == null ? DEFAULT_BACKEND : best.backend();
    }

    /** Renders the recommendation for every load, then how it was decided. */
    static String render(Table table) {
        final StringBuilder sb = new StringBuilder("Recommendation for this machine:\n");
        for (Row.Load load : Row.Load.values()) {
            final List<Score> scores = scores(table, load);
            final String backend = choose(scores);
            sb.append("  ").append(load).append(" load: ").append(backend).append(", run with -D")
                .append("io.nexus.notify.backend=").append(backend)
                .append(backend.equals("agrona")
                    ? " --add-exports java.base/jdk.internal.misc=ALL-UNNAMED" : "")
                .append(backend.equals(DEFAULT_BACKEND) ? " (the default)\n" : "\n");
            for (Score s : scores) {
                sb.append(String.format("    %s against %s: faster in %d rows, slower in %d,"
                    + " within the error in %d%n", s.backend(), DEFAULT_BACKEND, s.faster(),
                    s.slower(), s.same()));
            }
        }
        return sb.append("  A backend replaces ").append(DEFAULT_BACKEND).append(" for a load when"
            + " it is faster beyond JMH's error intervals in more of\n  that load's rows than it"
            + " is slower (rows without an interval, such as percentiles or a\n  single iteration,"
            + " do not count). Peers and the single-thread queue are not ranked.\n").toString();
    }
}
