package org.iclei.africa.resilient.accounts.domain;

/** Turns a password into the hash that is stored, and checks a password against it; implemented in {@code accounts.infrastructure}. */
public interface PasswordHashing {

    String hash(String password);

    boolean matches(String password, String hash);
}
