package io.nexus.notify.bench.peer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Names kit tests that a peer fails by design, with the reason. JUnit reports them as skipped
 * with that reason; the kit itself is unchanged and every other test of it runs. Put on a
 * conformance test class; it applies to the kit's nested groups too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(KnownDifference.Condition.class)
@interface KnownDifference {

    /**
     * The kit's test methods the peer fails by design.
     *
     * @return method names
     */
    String[] tests();

    /**
     * Why the peer's contract differs there.
     *
     * @return the reason
     */
    String reason();

    /** Disables the named tests of the annotated class and its nested classes. */
    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            final KnownDifference known = find(context);
            final String method = context.getTestMethod().map(Method::getName).orElse(null);
            if (known != null && method != null && Arrays.asList(known.tests()).contains(method)) {
                return ConditionEvaluationResult.disabled("known difference of this peer: "
                    + known.reason());
            }
            return ConditionEvaluationResult.enabled("not a known difference");
        }

        /** The annotation of the test class or of a class enclosing it (for nested groups). */
        private static KnownDifference find(ExtensionContext context) {
            for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
                final KnownDifference k = c.getTestClass()
                    .map(t -> t.getAnnotation(KnownDifference.class)).orElse(null);
                if (k != null) {
                    return k;
                }
            }
            return null;
        }
    }
}
