package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A call running on its own thread (platform or virtual), with helpers to wait until it parks
 * and to collect its result without ever hanging a test.
 *
 * @param <T> the call's result type
 */
final class BackgroundCall<T> {

    /** Upper bound for anything a test waits for; only reached when the test fails. */
    static final long PATIENCE_SECONDS = 10;

    private final FutureTask<T> task;
    private final Thread thread;

    private BackgroundCall(FutureTask<T> task, Thread thread) {
        this.task = task;
        this.thread = thread;
    }

    /**
     * Starts {@code body} on a new daemon platform thread.
     *
     * @param name the thread name
     * @param body the call
     * @param <T>  the result type
     * @return the running call
     */
    static <T> BackgroundCall<T> start(String name, Callable<T> body) {
        final FutureTask<T> task = new FutureTask<>(body);
        final Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new BackgroundCall<>(task, thread);
    }

    /**
     * Starts {@code body} on a new virtual thread, through reflection so that this source
     * compiles for Java 17. Callers run on Java 21 or later only.
     *
     * @param body the call
     * @param <T>  the result type
     * @return the running call
     */
    static <T> BackgroundCall<T> startVirtual(Callable<T> body) {
        final FutureTask<T> task = new FutureTask<>(body);
        try {
            final Thread thread = (Thread) Thread.class
                .getMethod("startVirtualThread", Runnable.class)
                .invoke(null, task);
            return new BackgroundCall<>(task, thread);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("cannot start a virtual thread", e);
        }
    }

    /**
     * Returns the thread running the call.
     *
     * @return the thread
     */
    Thread thread() {
        return thread;
    }

    /**
     * Waits until the thread is parked (WAITING or TIMED_WAITING); fails if it ends or does
     * not park within {@link #PATIENCE_SECONDS}.
     */
    void awaitParked() {
        awaitParked(thread);
    }

    /**
     * Waits until {@code thread} is parked (WAITING or TIMED_WAITING); fails if it ends or does
     * not park within {@link #PATIENCE_SECONDS}.
     *
     * @param thread the thread to watch
     */
    static void awaitParked(Thread thread) {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (true) {
            final Thread.State state = thread.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
                return;
            }
            if (state == Thread.State.TERMINATED) {
                fail("thread " + thread + " ended instead of parking");
            }
            if (System.nanoTime() - deadline > 0) {
                fail("thread " + thread + " did not park within " + PATIENCE_SECONDS + " s; state "
                    + state);
            }
            Thread.yield();
        }
    }

    /**
     * Returns the call's result, failing the test if it threw or did not finish within
     * {@link #PATIENCE_SECONDS}.
     *
     * @return the result
     * @throws Exception if interrupted
     */
    T result() throws Exception {
        try {
            return task.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("background call failed", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("background call did not finish within " + PATIENCE_SECONDS
                + " s; thread state " + thread.getState(), e);
        }
    }

    /**
     * Returns what the call threw, failing the test if it returned normally or did not finish
     * within {@link #PATIENCE_SECONDS}.
     *
     * @return the exception thrown by the call
     * @throws Exception if interrupted
     */
    Throwable failure() throws Exception {
        try {
            final T value = task.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
            throw new AssertionError("background call returned " + value + " instead of throwing");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("background call did not finish within " + PATIENCE_SECONDS
                + " s; thread state " + thread.getState(), e);
        }
    }
}
