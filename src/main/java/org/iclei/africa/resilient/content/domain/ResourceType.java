package org.iclei.africa.resilient.content.domain;

/** What kind of document or link a library resource is. */
public enum ResourceType {
    GUIDE,
    REPORT,
    CASE_STUDY,
    TOOLKIT,
    PRESENTATION,
    VIDEO,
    LINK
}
