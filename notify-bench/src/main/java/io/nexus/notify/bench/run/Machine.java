package io.nexus.notify.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Describes the machine a run is on, for the report header. */
final class Machine {

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    private Machine() {
    }

    /**
     * Returns the CPU model, the core count and the JVM.
     *
     * @return for example {@code AMD EPYC, 2 cores, JDK 17.0.15+6 (Debian)}
     */
    static String describe() {
        return cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
            + System.getProperty("java.vm.version") + " (" + System.getProperty("java.vm.vendor") + ")";
    }

    private static String cpuModel() {
        try {
            final List<String> lines = Files.readAllLines(CPUINFO);
            for (String line : lines) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | SecurityException e) {
            return System.getProperty("os.arch");
        }
        return System.getProperty("os.arch");
    }
}
