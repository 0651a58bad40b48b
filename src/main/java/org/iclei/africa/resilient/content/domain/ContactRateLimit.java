package org.iclei.africa.resilient.content.domain;

import java.time.Duration;
import java.time.Instant;

/** How many contact messages one network address may send: {@value #MAX_MESSAGES} per hour. */
public final class ContactRateLimit {

    public static final int MAX_MESSAGES = 5;
    public static final Duration WINDOW = Duration.ofHours(1);

    private ContactRateLimit() {
    }

    /** The start of the window that counts for a message sent at {@code now}. */
    public static Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    /** Whether one more message is allowed when {@code alreadySent} were sent within the window. */
    public static boolean allows(long alreadySent) {
        return alreadySent < MAX_MESSAGES;
    }
}
