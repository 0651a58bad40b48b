package org.iclei.africa.resilient.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** On a browser test: skip it when Debian's chromium and chromium-driver are missing — unless CI=true, where it must run. */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (TestEnvironment.hasChromium() || TestEnvironment.isCi()) {
                return ConditionEvaluationResult.enabled("Chromium at " + TestEnvironment.CHROMIUM);
            }
            String reason = "SKIPPED: browser tests need " + TestEnvironment.CHROMIUM + " and " + TestEnvironment.CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver; required when CI=true)";
            System.out.println("[portal-tests] " + context.getDisplayName() + " " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
