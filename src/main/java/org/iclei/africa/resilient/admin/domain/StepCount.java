package org.iclei.africa.resilient.admin.domain;

/**
 * How many workspaces reached a step.
 *
 * @param step the step's number, 1–8, or 0 for workspaces that have not started any step
 */
public record StepCount(int step, long workspaces) {

    public int getStep() {
        return step;
    }

    public long getWorkspaces() {
        return workspaces;
    }
}
