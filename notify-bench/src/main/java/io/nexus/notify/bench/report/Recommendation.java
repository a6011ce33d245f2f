package io.nexus.notify.bench.report;

import io.nexus.notify.spi.Backends;

import io.nexus.notify.bench.peer.Subjects;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The backend to deploy on the machine that ran the table, per load: the default
 * ({@value #DEFAULT_BACKEND}) unless another is faster than it beyond JMH's error intervals
 * ({@link Table#verdict}, as the baseline comparison) in more of the load's rows than it is
 * slower, the most rows net; rows without an interval and per-token repeats do not count. Peers
 * and the single-thread queue are not candidates: the option cannot select them.
 */
final class Recommendation {

    static final String DEFAULT_BACKEND = "builtin";

    /** One candidate's rows against the default. */
    record Score(String backend, int faster, int slower, int same) {
    }

    private Recommendation() {
    }

    /** Scores every candidate against the default over the rows of one load. */
    static List<Score> scores(Table table, Row.Load load) {
        return table.subjects.stream().filter(b -> !Subjects.isPeer(b)
                && !b.equals(Subjects.LOCAL) && !b.equals(DEFAULT_BACKEND)).map(b -> {
                    final int[] n = new int[3];
                    table.lines.stream().filter(l -> l.row().load() == load
                            && l.row().figure().divisor() == 1)
                        .map(l -> List.of("faster", "slower", "~").indexOf(Table.verdict(
                            l.value(b), l.error(b), l.value(DEFAULT_BACKEND),
                            l.error(DEFAULT_BACKEND))))
                        .filter(i -> i >= 0).forEach(i -> n[i]++);
                    return new Score(b, n[0], n[1], n[2]);
                }).toList();
    }

    /** Chooses the default unless a candidate wins more rows than it loses, the most net. */
    static String choose(List<Score> scores) {
        return scores.stream().filter(s -> s.faster() > s.slower())
            .max((x, y) -> Integer.compare(x.faster() - x.slower(), y.faster() - y.slower()))
            .map(Score::backend).orElse(DEFAULT_BACKEND);
    }

    /** The JVM options the named backend's provider declares, each after a blank. */
    private static String jvmOptions(String backend) {
        return Backends.installed().providers().stream()
            .filter(p -> p.name().equals(backend))
            .flatMap(p -> p.jvmOptions().stream())
            .map(o -> " " + o).collect(Collectors.joining());
    }

    /** Renders the recommendation for every load, then how it was decided. */
    static String render(Table table) {
        final StringBuilder sb = new StringBuilder("Recommendation for this machine:\n");
        for (Row.Load load : Row.Load.values()) {
            final List<Score> scores = scores(table, load);
            final String backend = choose(scores);
            sb.append("  ").append(load).append(" load: ").append(backend)
                .append(", run with -D").append(Backends.BACKEND_PROPERTY).append('=')
                .append(backend).append(jvmOptions(backend))
                .append(backend.equals(DEFAULT_BACKEND) ? " (the default)\n" : "\n");
            scores.forEach(s -> sb.append(String.format("    %s against %s: faster in %d rows,"
                + " slower in %d, within the error in %d%n", s.backend(), DEFAULT_BACKEND,
                s.faster(), s.slower(), s.same())));
        }
        return sb.append("  A backend replaces ").append(DEFAULT_BACKEND).append(" for a load when"
            + " it is faster beyond JMH's error intervals in more of\n  that load's rows than it"
            + " is slower (rows without an interval, such as percentiles or a\n  single iteration,"
            + " do not count). Peers and the single-thread queue are not ranked.\n").toString();
    }
}
