package org.iclei.africa.resilient.web.admin.messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A {@code mailto:} link that opens the administrator's own mail program with the address and subject filled in. */
public final class MailtoLink {

    private MailtoLink() {
    }

    /** {@code mailto:ana@example.org?subject=Re%3A%20Trial%20for%20Temeke}: every part percent-encoded (spaces as %20, not +). */
    public static String reply(String address, String subject) {
        return "mailto:" + encode(address).replace("%40", "@") + "?subject=" + encode(subject);
    }

    static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
