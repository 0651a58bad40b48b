package org.iclei.africa.resilient.content.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The messages sent through the contact form. */
public interface ContactMessageRepository {

    void add(ContactMessage message);

    /** How many messages the sender with this (hashed) client key sent since {@code since}. */
    long countFromClientSince(String clientKey, Instant since);

    Optional<ContactMessage> find(long id);

    /** The messages that pass the filter, newest first, from {@code first} (0-based), at most {@code max}. */
    List<ContactMessage> list(ContactMessageFilter filter, int first, int max);

    long count(ContactMessageFilter filter);

    /** The messages sent from an address (compared without case), oldest first: part of that person's data. */
    List<ContactMessage> findByEmail(String email);
}
