package org.iclei.africa.resilient.content.domain;

import java.time.Instant;

/** The messages sent through the contact form. */
public interface ContactMessageRepository {

    void add(ContactMessage message);

    /** How many messages the sender with this (hashed) client key sent since {@code since}. */
    long countFromClientSince(String clientKey, Instant since);
}
