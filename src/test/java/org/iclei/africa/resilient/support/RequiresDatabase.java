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

/**
 * On an integration test that starts a portal: skip it when the tests are pointed at a PostgreSQL
 * server that is not running (-Ppostgres on a machine without one) — unless CI=true, where it must run.
 */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresDatabase.Condition.class)
public @interface RequiresDatabase {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (TestEnvironment.databaseReachable()) {
                return ConditionEvaluationResult.enabled("database available: "
                        + (TestEnvironment.isPostgreSql() ? TestEnvironment.databaseUrl() : "H2 file"));
            }
            if (TestEnvironment.isCi()) {
                return ConditionEvaluationResult.enabled("CI=true: PostgreSQL at " + TestEnvironment.databaseUrl()
                        + " is required and not reachable, so this test will fail");
            }
            String reason = "SKIPPED: no PostgreSQL server at " + TestEnvironment.databaseUrl()
                    + " (start one, or run without -Ppostgres; required when CI=true)";
            System.out.println("[portal-tests] " + context.getDisplayName() + " " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
