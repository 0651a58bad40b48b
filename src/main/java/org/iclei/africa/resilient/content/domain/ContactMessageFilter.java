package org.iclei.africa.resilient.content.domain;

/** Which contact messages a list shows, newest first: all, those no administrator opened yet, those not yet handled, or the handled ones. */
public enum ContactMessageFilter {
    ALL,
    UNREAD,
    OPEN,
    HANDLED
}
