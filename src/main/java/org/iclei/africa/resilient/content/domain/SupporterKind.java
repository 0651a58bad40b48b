package org.iclei.africa.resilient.content.domain;

/** How a supporter supports the portal. */
public enum SupporterKind {
    FUNDER,
    PARTNER,
    NETWORK
}
