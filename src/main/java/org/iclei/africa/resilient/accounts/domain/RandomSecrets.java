package org.iclei.africa.resilient.accounts.domain;

import java.security.SecureRandom;

/** Random passwords and tokens that are hard to guess and easy to type. */
public final class RandomSecrets {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSecrets() {
    }

    /** A password of the given length from letters and digits that cannot be mistaken for each other. */
    public static String password(int length) {
        if (length < 12) {
            throw new IllegalArgumentException("A generated password has at least 12 characters");
        }
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
