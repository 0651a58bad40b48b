package org.iclei.africa.resilient.accounts.domain;

/** What an account may do across the portal: ICLEI Africa staff or a local-government member. */
public enum Role {
    ADMIN,
    MEMBER;

    /** Role names as Jakarta Security and {@code @RolesAllowed} know them. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String MEMBER_NAME = "MEMBER";
}
