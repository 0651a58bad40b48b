package org.iclei.africa.resilient.tool.domain;

/** Where an action of the plan stands. */
public enum ActionStatus {
    PLANNED,
    UNDER_WAY,
    DONE,
    STALLED
}
