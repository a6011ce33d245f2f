package io.nexus.notify.aeron;

import io.aeron.Aeron;
import io.aeron.driver.MediaDriver;
import io.aeron.driver.ThreadingMode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;
import org.agrona.CloseHelper;
import org.agrona.IoUtil;
import org.agrona.concurrent.BackoffIdleStrategy;

/**
 * A media driver inside this process and an Aeron client connected to it, in one call, with
 * settings that suit a small machine. For production, run a standalone driver (Aeron's
 * {@code io.aeron.driver.MediaDriver} or the C {@code aeronmd}) and pass your own {@link Aeron}
 * client to the publishers and subscribers instead.
 *
 * <p>The {@linkplain #context() defaults}: one driver thread for conductor, sender and
 * receiver ({@link ThreadingMode#SHARED}) that backs off when idle (spin, yield, then park up
 * to 1 ms: never a core spinning by default); 1 MiB terms for IPC and for UDP (Aeron's
 * defaults, 64 MiB and 16 MiB, are large for a small machine, and its 64 KiB minimum leaves
 * the IPC publisher waiting on the driver thread); sparse term files; a new directory under
 * {@code /dev/shm}, or under {@code java.io.tmpdir} when {@code /dev/shm} is missing or has
 * less than {@link #MIN_SHM_BYTES} free, deleted on start and on close. A shutdown hook
 * deletes the directory if the JVM exits without {@link #close()}; a killed JVM
 * ({@code kill -9}) leaves it behind, about 50 MB.
 */
public final class EmbeddedDriver implements AutoCloseable {

    /** The term length of the defaults, for IPC and UDP publications: 1 MiB. */
    public static final int TERM_LENGTH = 1 << 20;

    /** The free space {@code /dev/shm} needs for a driver directory there: 256 MiB. */
    public static final long MIN_SHM_BYTES = 256L << 20;

    /** The prefix of the directory names of the defaults. */
    public static final String DIRECTORY_PREFIX = "notify-aeron-";

    private final MediaDriver driver;
    private final Aeron aeron;
    private final String directory;
    private final Thread cleanup;
    private boolean closed;

    private EmbeddedDriver(MediaDriver driver, Aeron aeron, Thread cleanup) {
        this.driver = driver;
        this.aeron = aeron;
        this.directory = driver.aeronDirectoryName();
        this.cleanup = cleanup;
    }

    /**
     * Returns the default driver settings, to adjust before {@link #launch(MediaDriver.Context)}.
     *
     * @return a new context with the defaults, its directory a new one
     * @throws IllegalStateException if the JVM lacks the option Agrona needs
     *     ({@code --add-exports java.base/jdk.internal.misc=ALL-UNNAMED})
     */
    public static MediaDriver.Context context() {
        final MediaDriver.Context context;
        try {
            context = new MediaDriver.Context();
        } catch (LinkageError e) {
            throw AgronaAccess.unavailable(e);
        }
        return context
            .aeronDirectoryName(newDirectory().toString())
            .threadingMode(ThreadingMode.SHARED)
            .sharedIdleStrategy(new BackoffIdleStrategy())
            .ipcTermBufferLength(TERM_LENGTH)
            .publicationTermBufferLength(TERM_LENGTH)
            .termBufferSparseFile(true)
            .dirDeleteOnStart(true)
            .dirDeleteOnShutdown(true);
    }

    /**
     * Launches a driver with the {@linkplain #context() defaults} and connects a client.
     *
     * @return the driver and its client
     * @throws IllegalStateException if the JVM lacks the option Agrona needs
     */
    public static EmbeddedDriver launch() {
        return launch(context());
    }

    /**
     * Launches a driver with the given settings and connects a client to it.
     *
     * @param context the driver settings, for example {@link #context()} adjusted
     * @return the driver and its client
     * @throws NullPointerException  if {@code context} is null
     * @throws IllegalStateException if the JVM lacks the option Agrona needs
     */
    public static EmbeddedDriver launch(MediaDriver.Context context) {
        Objects.requireNonNull(context, "context");
        final MediaDriver driver;
        try {
            driver = MediaDriver.launch(context);
        } catch (LinkageError e) {
            throw AgronaAccess.unavailable(e);
        }
        final String directory = driver.aeronDirectoryName();
        final Thread cleanup = new Thread(() -> IoUtil.delete(new File(directory), true),
            "notify-aeron-driver-cleanup");
        try {
            final Aeron aeron = Aeron.connect(new Aeron.Context().aeronDirectoryName(directory));
            Runtime.getRuntime().addShutdownHook(cleanup);
            return new EmbeddedDriver(driver, aeron, cleanup);
        } catch (RuntimeException | Error e) {
            CloseHelper.quietClose(driver);
            IoUtil.delete(new File(directory), true);
            throw e;
        }
    }

    /**
     * Returns a new directory name under the default parent: {@code /dev/shm} if it exists and
     * has {@link #MIN_SHM_BYTES} free, else {@code java.io.tmpdir}.
     *
     * @return a path that does not exist yet, named {@code notify-aeron-<user>-<random>}
     */
    public static Path newDirectory() {
        final String name = DIRECTORY_PREFIX + System.getProperty("user.name", "user") + "-"
            + UUID.randomUUID();
        return defaultParent().resolve(name);
    }

    private static Path defaultParent() {
        final Path shm = Path.of("/dev/shm");
        try {
            if (Files.isDirectory(shm) && Files.isWritable(shm)
                && Files.getFileStore(shm).getUsableSpace() >= MIN_SHM_BYTES) {
                return shm;
            }
        } catch (IOException | SecurityException e) {
            // Not usable: fall back below.
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * Returns the client connected to this driver; {@link #close()} closes it.
     *
     * @return the client
     */
    public Aeron aeron() {
        return aeron;
    }

    /**
     * Returns the driver's directory, for clients in other processes
     * ({@code Aeron.Context.aeronDirectoryName}).
     *
     * @return the directory
     */
    public String directory() {
        return directory;
    }

    /**
     * Returns the driver, for its counters and settings.
     *
     * @return the driver
     */
    public MediaDriver driver() {
        return driver;
    }

    /**
     * Closes the client (and so its publications and subscriptions), then the driver, which
     * deletes its directory. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            CloseHelper.closeAll(aeron, driver);
        } finally {
            IoUtil.delete(new File(directory), true);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // The JVM is shutting down: the hook runs or ran anyway.
            }
        }
    }

    @Override
    public String toString() {
        return "EmbeddedDriver[" + directory + "]";
    }
}
