package org.iclei.africa.resilient.tool.domain;

/** The kinds of row that evidence is attached to: a worksheet row (steps 1, 2, 4, 8), a risk, an option or an action. */
public enum EvidenceKind {
    WORKSHEET_ROW,
    RISK,
    OPTION,
    ACTION
}
