package io.nexus.notify.demo;

/**
 * The market-data demo's entry point ({@code ./demo} at the repository root): N feed threads
 * publish ticks for M instruments at a chosen total rate into a
 * {@link io.nexus.notify.value.LatestLongs} of width 4 over an
 * {@link io.nexus.notify.channel.EventChannel}; one consumer thread blocks in {@code recv} and
 * reads the latest tick of each changed instrument. It prints once a second the updates and
 * deliveries per second, the conflation ratio (updates per delivery) and the publish-to-read
 * latency p50/p99/p99.9, then the totals and a PASS or FAIL line: whether the consumer's final
 * view equals the last tick published for every instrument.
 *
 * <p>With {@code --across ipc} or {@code --across udp} the feeds run in a child JVM and send
 * their ticks with notify-aeron; the consumer and the report stay here.
 *
 * <p>Exit status: 0 on PASS, 1 on FAIL, 2 on bad options.
 */
public final class MarketDataDemo {

    private MarketDataDemo() {
    }

    /**
     * Runs the demo.
     *
     * @param args the options; see {@code ./demo --help}
     * @throws Exception if the main thread is interrupted while it waits, or the feed process
     *     of {@code --across} cannot be started
     */
    public static void main(String[] args) throws Exception {
        final DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("demo: " + e.getMessage());
            System.err.println(DemoOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(DemoOptions.USAGE);
            return;
        }
        final DemoResult result;
        try {
            result = options.across() == null ? DemoRun.run(options, System.out)
                : AcrossRun.run(options, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("demo: " + e.getMessage());
            System.exit(2);
            return;
        }
        for (Throwable failure : result.failures()) {
            failure.printStackTrace();
        }
        System.out.println(result.summary());
        if (!result.passed()) {
            System.exit(1);
        }
    }
}
