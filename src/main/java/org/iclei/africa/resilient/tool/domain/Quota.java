package org.iclei.africa.resilient.tool.domain;

/**
 * What one workspace may keep at most, so that no workspace makes every step page, export and PDF unboundedly large.
 * Each has a setting ({@code PORTAL_QUOTA_…}, read by the composition root) and a default.
 */
public enum Quota {

    /** Rows of one worksheet (steps 1, 2, 4, 8), each worksheet counted on its own. */
    WORKSHEET_ROWS("PORTAL_QUOTA_WORKSHEET_ROWS", 500),
    RISKS("PORTAL_QUOTA_RISKS", 200),
    OPTIONS("PORTAL_QUOTA_OPTIONS", 200),
    ACTIONS("PORTAL_QUOTA_ACTIONS", 300),
    EVIDENCE_FILES("PORTAL_QUOTA_EVIDENCE_FILES", 50),
    /** All evidence files of the workspace together, in MB. */
    EVIDENCE_MB("PORTAL_QUOTA_EVIDENCE_MB", 200);

    private final String variable;
    private final int fallback;

    Quota(String variable, int fallback) {
        this.variable = variable;
        this.fallback = fallback;
    }

    public String variable() {
        return variable;
    }

    public int fallback() {
        return fallback;
    }
}
