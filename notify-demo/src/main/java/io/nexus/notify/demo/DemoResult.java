package io.nexus.notify.demo;

import java.util.List;

/**
 * The outcome of a demo run: the final-view check, and any thread that failed.
 *
 * @param check    the final-view check
 * @param failures what the feed or consumer threads threw, if anything
 */
record DemoResult(FinalCheck check, List<Throwable> failures) {

    /**
     * Copies the list.
     */
    DemoResult {
        failures = List.copyOf(failures);
    }

    /**
     * Tells whether the run passed: no thread failed and the final view matched.
     *
     * @return {@code true} on PASS
     */
    boolean passed() {
        return failures.isEmpty() && check.passed();
    }

    /**
     * Returns the one-line verdict, starting with {@code PASS} or {@code FAIL}.
     *
     * @return the verdict
     */
    String summary() {
        if (!failures.isEmpty()) {
            return "FAIL: " + failures.size() + " thread(s) failed, first: " + failures.get(0)
                + "; " + check.summary();
        }
        return check.summary();
    }
}
