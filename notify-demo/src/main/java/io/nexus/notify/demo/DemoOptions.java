package io.nexus.notify.demo;

import java.util.List;

/**
 * The demo's command-line options.
 *
 * @param feeds       the number of feed threads
 * @param instruments the number of instruments, split into one contiguous range per feed
 * @param rate        the total updates per second over all feeds
 * @param seconds     how long the feeds publish
 * @param backend     the backend's name, or {@code null} for the default
 * @param across      {@code ipc} or {@code udp} to run the feeds in a child JVM and carry the
 *                    ticks over Aeron, or {@code null} to run everything in this JVM
 * @param help        {@code true} if only the usage was asked for
 */
record DemoOptions(int feeds, int instruments, long rate, int seconds, String backend,
        String across, boolean help) {

    /** The default number of feed threads. */
    static final int DEFAULT_FEEDS = 2;
    /** The default number of instruments. */
    static final int DEFAULT_INSTRUMENTS = 1_000;
    /** The default total rate, updates per second. */
    static final long DEFAULT_RATE = 1_000_000;
    /** The default run time in seconds. */
    static final int DEFAULT_SECONDS = 10;

    /** The most feed threads. */
    static final int MAX_FEEDS = 64;
    /** The most instruments. */
    static final int MAX_INSTRUMENTS = 1 << 20;
    /** The highest total rate, updates per second. */
    static final long MAX_RATE = 100_000_000;
    /** The longest run, in seconds. */
    static final int MAX_SECONDS = 3_600;

    /** The usage text. */
    static final String USAGE = String.join("\n",
        "usage: demo [--feeds N] [--instruments M] [--rate R] [--seconds S] [--backend NAME]",
        "            [--across ipc|udp]",
        "  --feeds N        feed threads, each publishing for its own range of instruments",
        "                   (default " + DEFAULT_FEEDS + ", at most " + MAX_FEEDS + ")",
        "  --instruments M  instruments, at least one per feed (default " + DEFAULT_INSTRUMENTS
            + ", at most " + MAX_INSTRUMENTS + ")",
        "  --rate R         total updates per second over all feeds (default " + DEFAULT_RATE
            + ", at most " + MAX_RATE + ")",
        "  --seconds S      how long the feeds publish (default " + DEFAULT_SECONDS
            + ", at most " + MAX_SECONDS + ")",
        "  --backend NAME   the queue backend under the channel: builtin, jctools or agrona",
        "                   (default: the default backend)",
        "  --across ipc|udp run the feeds in a child JVM that sends the ticks with notify-aeron,",
        "                   over IPC through this JVM's embedded Aeron driver or over UDP on",
        "                   loopback with a driver each; the consumer stays here",
        "  --help           this text",
        "Prints once a second: updates/s, deliveries/s, conflation (updates per delivery) and",
        "publish-to-read latency p50/p99/p99.9; at the end checks that the consumer's final",
        "view equals the last tick published for every instrument (PASS or FAIL, exit 1 on FAIL).");

    /**
     * Parses command-line arguments; an option's value is the next argument.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException for an unknown option, a missing or malformed value, a
     *     value out of range, or fewer instruments than feeds
     */
    static DemoOptions parse(String... args) {
        int feeds = DEFAULT_FEEDS;
        int instruments = DEFAULT_INSTRUMENTS;
        long rate = DEFAULT_RATE;
        int seconds = DEFAULT_SECONDS;
        String backend = null;
        String across = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            final String a = args[i];
            switch (a) {
                case "--feeds":
                    feeds = (int) number(args, ++i, a, 1, MAX_FEEDS);
                    break;
                case "--instruments":
                    instruments = (int) number(args, ++i, a, 1, MAX_INSTRUMENTS);
                    break;
                case "--rate":
                    rate = number(args, ++i, a, 1, MAX_RATE);
                    break;
                case "--seconds":
                    seconds = (int) number(args, ++i, a, 1, MAX_SECONDS);
                    break;
                case "--backend":
                    backend = value(args, ++i, a);
                    break;
                case "--across":
                    across = value(args, ++i, a);
                    if (!across.equals("ipc") && !across.equals("udp")) {
                        throw new IllegalArgumentException("--across must be ipc or udp, was '"
                            + across + "'");
                    }
                    break;
                case "-h":
                case "--help":
                    help = true;
                    break;
                default:
                    throw new IllegalArgumentException("unknown option '" + a + "'; options: "
                        + List.of("--feeds", "--instruments", "--rate", "--seconds",
                            "--backend", "--across", "--help"));
            }
        }
        if (instruments < feeds) {
            throw new IllegalArgumentException("--instruments (" + instruments
                + ") must be at least --feeds (" + feeds + "): each feed owns its instruments");
        }
        return new DemoOptions(feeds, instruments, rate, seconds, backend, across, help);
    }

    private static long number(String[] args, int i, String option, long min, long max) {
        final String text = value(args, i, option).replace("_", "");
        final long n;
        try {
            n = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, was '"
                + args[i] + "'", e);
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(option + " must be in [" + min + ", " + max
                + "], was " + n);
        }
        return n;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
