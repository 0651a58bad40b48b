package org.iclei.africa.resilient.accounts.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iclei.africa.resilient.shared.validation.FieldLimits;

/**
 * The rules a new password must meet: 10 to 128 characters, not the e-mail address (nor its part
 * before the @), and not one of the commonly used passwords in {@code common-passwords.txt}.
 * Each broken rule is named by the i18n key of its message.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = FieldLimits.PASSWORD_MIN;
    public static final int MAX_LENGTH = FieldLimits.PASSWORD_MAX;

    public static final String TOO_SHORT = "password.tooShort";
    public static final String TOO_LONG = "password.tooLong";
    public static final String LIKE_EMAIL = "password.likeEmail";
    public static final String TOO_COMMON = "password.tooCommon";

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The keys of the rules {@code password} breaks for the account with {@code email}; empty when it is fine. */
    public static List<String> check(String password, String email) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            broken.add(TOO_SHORT);
            return broken;
        }
        if (password.length() > MAX_LENGTH) {
            broken.add(TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (email != null && !email.isBlank()) {
            String address = email.strip().toLowerCase(Locale.ROOT);
            String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
            if (lower.equals(address) || (local.length() >= 4 && lower.contains(local))) {
                broken.add(LIKE_EMAIL);
            }
        }
        if (COMMON.contains(lower)) {
            broken.add(TOO_COMMON);
        }
        return broken;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
