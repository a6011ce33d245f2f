package io.nexus.notify.spi;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The set of backends a JVM can use, and the rule that picks one.
 *
 * <p>Selection, in order: an explicit name; the system property {@value #BACKEND_PROPERTY};
 * the available provider with the highest {@link EventQueueProvider#priority() priority}
 * (ties broken by name). A provider that fails to load ({@link ServiceConfigurationError}) is
 * logged at WARNING and skipped; the others keep working. The chosen backend is logged at
 * DEBUG through {@link System.Logger}.
 */
public final class Backends {

    /**
     * The system property that names the backend to use when none is passed explicitly. An
     * empty or blank value means unset.
     */
    public static final String BACKEND_PROPERTY = "io.nexus.notify.backend";

    private static final System.Logger LOG = System.getLogger(Backends.class.getName());

    private static final Comparator<EventQueueProvider> BY_RANK =
        Comparator.comparingInt(EventQueueProvider::priority).reversed()
            .thenComparing(EventQueueProvider::name);

    private final List<EventQueueProvider> providers;

    private Backends(List<EventQueueProvider> providers) {
        final List<EventQueueProvider> ranked = new ArrayList<>(providers);
        ranked.sort(BY_RANK);
        this.providers = List.copyOf(ranked);
    }

    /**
     * Returns the backends installed in this JVM, found once with {@link ServiceLoader}.
     *
     * @return the installed backends
     */
    public static Backends installed() {
        return Installed.BACKENDS;
    }

    /**
     * Returns a selector over the given providers, for tests and for applications that wire
     * backends by hand.
     *
     * @param providers the providers; names must be unique
     * @return a selector over them
     * @throws NullPointerException     if the list or an element is null
     * @throws IllegalArgumentException if two providers share a name
     */
    public static Backends of(List<? extends EventQueueProvider> providers) {
        final List<EventQueueProvider> copy = List.copyOf(providers);
        final long distinct = copy.stream().map(EventQueueProvider::name).distinct().count();
        if (distinct != copy.size()) {
            throw new IllegalArgumentException("backend names must be unique: "
                + copy.stream().map(EventQueueProvider::name).collect(Collectors.toList()));
        }
        return new Backends(copy);
    }

    /**
     * Returns every provider, usable or not, highest priority first.
     *
     * @return the providers
     */
    public List<EventQueueProvider> providers() {
        return providers;
    }

    /**
     * Lists the usable backends, the one {@code select(null)} returns first.
     *
     * @return names of available backends, default first
     */
    public List<String> availableNames() {
        final List<String> names = new ArrayList<>();
        final String preferred = configured(null);
        for (EventQueueProvider p : providers) {
            if (p.isAvailable()) {
                if (p.name().equals(preferred)) {
                    names.add(0, p.name());
                } else {
                    names.add(p.name());
                }
            }
        }
        return List.copyOf(names);
    }

    /**
     * Picks a backend.
     *
     * @param name the backend to use, or {@code null} (or blank) to use the system property, or
     *     failing that (unset or blank) the available backend with the highest priority. Names
     *     are exact: a wrong-case name is unknown.
     * @return the chosen provider, which is available
     * @throws IllegalArgumentException if the name (given or from the property) is unknown or
     *     unavailable; the message lists the available backends
     * @throws IllegalStateException    if no backend is available at all
     */
    public EventQueueProvider select(String name) {
        final String requested = configured(name);
        if (requested != null) {
            final EventQueueProvider chosen = byName(requested, requested.equals(name)
                ? "requested" : "named by system property " + BACKEND_PROPERTY);
            LOG.log(Level.DEBUG, () -> "notify backend '" + chosen.name() + "' selected by name");
            return chosen;
        }
        for (EventQueueProvider p : providers) {
            if (p.isAvailable()) {
                LOG.log(Level.DEBUG, () -> "notify backend '" + p.name()
                    + "' selected by priority " + p.priority());
                return p;
            }
        }
        throw new IllegalStateException(providers.isEmpty()
            ? "no notify backend found: add io.nexus.notify:notify-core (or another backend) to the class path"
            : "no notify backend is available: " + describeUnavailable());
    }

    /**
     * Returns the backend name in force: {@code name} unless it is null or blank, else the
     * system property unless it is unset or blank. Blank means unset, as when a script passes
     * {@code -Dio.nexus.notify.backend=} to leave the choice to the default.
     */
    private static String configured(String name) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        final String property = System.getProperty(BACKEND_PROPERTY);
        return property == null || property.isBlank() ? null : property;
    }

    private EventQueueProvider byName(String requested, String how) {
        for (EventQueueProvider p : providers) {
            if (p.name().equals(requested)) {
                if (!p.isAvailable()) {
                    throw new IllegalArgumentException("backend '" + requested + "' (" + how
                        + ") is not available: " + p.unavailableReason().orElse("unknown reason")
                        + "; available backends: " + availableNames());
                }
                return p;
            }
        }
        throw new IllegalArgumentException("unknown backend '" + requested + "' (" + how
            + "); available backends: " + availableNames());
    }

    private String describeUnavailable() {
        return providers.stream()
            .map(p -> p.name() + " (" + p.unavailableReason().orElse("available") + ")")
            .collect(Collectors.joining(", "));
    }

    /**
     * Loads providers with the given iterator factory, skipping (and logging) any that fail.
     *
     * @param loader gives the service iterator
     * @return the providers that loaded
     */
    static List<EventQueueProvider> load(Function<Class<EventQueueProvider>,
            Iterator<EventQueueProvider>> loader) {
        final List<EventQueueProvider> found = new ArrayList<>();
        final Iterator<EventQueueProvider> it = loader.apply(EventQueueProvider.class);
        while (true) {
            try {
                if (!it.hasNext()) {
                    return found;
                }
                final EventQueueProvider p = Objects.requireNonNull(it.next());
                if (found.stream().noneMatch(q -> q.name().equals(p.name()))) {
                    found.add(p);
                } else {
                    LOG.log(Level.WARNING, () -> "notify backend '" + p.name()
                        + "' is registered twice; keeping the first");
                }
            } catch (ServiceConfigurationError e) {
                LOG.log(Level.WARNING, "a notify backend failed to load and is skipped: "
                    + e.getMessage(), e);
            }
        }
    }

    /** Lazy holder: the installed providers are looked up on first use only. */
    private static final class Installed {
        static final Backends BACKENDS = new Backends(load(
            type -> ServiceLoader.load(type).iterator()));
    }
}
