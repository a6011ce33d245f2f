package io.nexus.notify.core.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.core.ConflatingEventQueue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Loads notify-api and notify-core, and nothing else, in a fresh class loader whose parent is
 * the platform loader, so JCTools and Agrona are absent. The optional backends must report
 * themselves unavailable with the reason, and builtin must keep working.
 */
class WithoutOptionalLibrariesTest {

    private URLClassLoader loader;
    private Class<?> eventQueue;

    @BeforeEach
    void isolate() throws Exception {
        final URL api = EventQueue.class.getProtectionDomain().getCodeSource().getLocation();
        final URL core =
            ConflatingEventQueue.class.getProtectionDomain().getCodeSource().getLocation();
        loader = new URLClassLoader(new URL[] {api, core}, ClassLoader.getPlatformClassLoader());
        eventQueue = Class.forName(EventQueue.class.getName(), true, loader);
    }

    @AfterEach
    void close() throws Exception {
        loader.close();
    }

    /** Runs {@code call} with the isolated loader as context loader, as ServiceLoader uses it. */
    private <T> T inIsolation(Callable<T> call) throws Exception {
        final Thread thread = Thread.currentThread();
        final ClassLoader saved = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.call();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception) {
                throw (Exception) e.getCause();
            }
            throw e;
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    private Object create(int capacity, String backend) throws Exception {
        final Method create = eventQueue.getMethod("create", int.class, String.class);
        return inIsolation(() -> create.invoke(null, capacity, backend));
    }

    @Test
    void theLibrariesAreReallyHidden() {
        assertThrows(ClassNotFoundException.class,
            () -> Class.forName(JctoolsProvider.QUEUE_CLASS, false, loader));
        assertThrows(ClassNotFoundException.class,
            () -> Class.forName("org.agrona.concurrent.ManyToOneConcurrentArrayQueue", false,
                loader));
    }

    @Test
    void availableBackendsLeaveOutJctoolsAndAgrona() throws Exception {
        final Method available = eventQueue.getMethod("availableBackends");
        assertEquals(List.of("builtin"), inIsolation(() -> available.invoke(null)));
    }

    @Test
    void requestingJctoolsExplainsWhyAndListsTheAvailableBackends() {
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> create(8, "jctools"));
        assertTrue(e.getMessage().contains("org.jctools:jctools-core is not on the class path"),
            e.getMessage());
        assertTrue(e.getMessage().contains("[builtin]"), e.getMessage());
    }

    @Test
    void requestingAgronaExplainsWhyAndListsTheAvailableBackends() {
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> create(8, "agrona"));
        assertTrue(e.getMessage().contains("org.agrona:agrona is not on the class path"),
            e.getMessage());
        assertTrue(e.getMessage().contains("[builtin]"), e.getMessage());
    }

    @Test
    void theBuiltinBackendStillWorksByDefaultAndByName() throws Exception {
        for (String backend : new String[] {null, "builtin"}) {
            final Object q = create(8, backend);
            final Class<?> api =
                q.getClass().getClassLoader().loadClass(EventQueue.class.getName());
            assertInstanceOf(api, q);
            assertEquals(backend == null ? "builtin" : backend,
                api.getMethod("backend").invoke(q));
            final Object notifier = api.getMethod("notifier").invoke(q);
            final Method notify = notifier.getClass().getMethod("notify", int.class);
            assertEquals(Boolean.TRUE, notify.invoke(notifier, 3));
            assertEquals(Boolean.FALSE, notify.invoke(notifier, 3));
        }
    }
}
