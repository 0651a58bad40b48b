package org.iclei.africa.resilient.tool.domain;

/**
 * Where a step stands for a workspace: "in progress" comes by itself as soon as anything is recorded
 * (a worksheet row or a ticked check item); "complete" is set by an editor and can be reopened.
 */
public enum StepStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETE;

    /**
     * @param markedComplete whether an editor marked the step complete (and did not reopen it)
     * @param rows           worksheet rows recorded in the step
     * @param checkedItems   self-check items ticked in the step
     */
    public static StepStatus of(boolean markedComplete, int rows, int checkedItems) {
        if (markedComplete) {
            return COMPLETE;
        }
        return rows > 0 || checkedItems > 0 ? IN_PROGRESS : NOT_STARTED;
    }
}
