package io.nexus.notify.bench.run;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH output that prints one progress line per benchmark on the console (position, name,
 * parameters, score, elapsed time and an estimate of the time left) and passes JMH's full
 * output to another format, normally a log file. Failures are shown on both.
 */
final class ProgressFormat implements OutputFormat {

    private final OutputFormat log;
    private final PrintStream console;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private String current = "no benchmark";

    /**
     * Creates the format.
     *
     * @param log     receives everything JMH prints
     * @param console receives the progress lines
     * @param total   the number of benchmark runs expected, for the position and estimate
     */
    ProgressFormat(OutputFormat log, PrintStream console, int total) {
        this.log = log;
        this.console = console;
        this.total = total;
    }

    @Override
    public void startBenchmark(BenchmarkParams params) {
        log.startBenchmark(params);
        final StringBuilder sb = new StringBuilder();
        for (String key : params.getParamsKeys()) {
            sb.append(' ').append(key).append('=').append(params.getParam(key));
        }
        if (params.getThreadGroupLabels() != null && params.getThreads() > 1) {
            sb.append(" threads=").append(params.getThreads());
        }
        current = BenchPlan.shortName(params.getBenchmark()) + sb;
        console.printf(Locale.ROOT, "[%d/%d] %-36s%-28s", done + 1, total,
            BenchPlan.shortName(params.getBenchmark()), sb);
        console.flush();
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        log.endBenchmark(result);
        done++;
        final Result<?> primary = result.getPrimaryResult();
        final double elapsed = (System.nanoTime() - start) / 1e9;
        final double left = done >= total ? 0 : elapsed / done * (total - done);
        console.printf(Locale.ROOT, " %10.2f %-6s elapsed %4.0f s, about %3.0f s left%n",
            primary.getScore(), primary.getScoreUnit(), elapsed, left);
    }

    /**
     * Names the benchmark that started last, with its parameters: the one a failure belongs to.
     *
     * @return for example {@code CountingBench.conflated backend=peer-jdk counting=off}
     */
    String current() {
        return current;
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
        log.iteration(benchParams, params, iteration);
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration,
            IterationResult data) {
        log.iterationResult(benchParams, params, iteration, data);
    }

    @Override
    public void startRun() {
        log.startRun();
    }

    @Override
    public void endRun(Collection<RunResult> result) {
        log.endRun(result);
    }

    @Override
    public void print(String s) {
        log.print(s);
    }

    @Override
    public void println(String s) {
        log.println(s);
        if (s.contains("<failure>") || s.contains("Exception") || s.startsWith("ERROR")) {
            console.println();
            console.println(s);
        }
    }

    @Override
    public void flush() {
        log.flush();
        console.flush();
    }

    @Override
    public void close() {
        log.close();
    }

    @Override
    public void verbosePrintln(String s) {
        log.verbosePrintln(s);
    }

    @Override
    public void write(int b) {
        log.write(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        log.write(b);
    }
}
