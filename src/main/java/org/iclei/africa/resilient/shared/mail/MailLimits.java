package org.iclei.africa.resilient.shared.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.iclei.africa.resilient.shared.BusinessException;

/**
 * Keeps the portal from being a mail relay: the mails a visitor can cause (a registration, a reset or
 * confirmation link, an invitation, a membership request) are limited per kind and target address and per
 * client address, in one-hour windows (see {@link MailLimitSettings}). Counted in the caller's transaction, so a
 * refused or rolled-back request counts nothing. Only SHA-256 hashes of addresses are stored.
 */
@Stateless
public class MailLimits {

    /** Too many mails of this kind to this address within the hour. */
    public static final String TOO_MANY_FOR_ADDRESS = "mail.limit.address";
    /** Too many mails asked for from this client address within the hour. */
    public static final String TOO_MANY_FROM_CLIENT = "mail.limit.client";

    @PersistenceContext
    EntityManager em;

    @Inject
    MailLimitSettings settings;

    /**
     * Counts one mail of {@code kind} to {@code target} asked for from {@code client}.
     *
     * @return null when it may go out (and it is counted), else the message key that says which limit was reached
     */
    public String use(String kind, String target, String client) {
        Instant now = Instant.now();
        MailLimit byClient = find("client:" + hash(client == null ? "" : client), now);
        if (!byClient.allows(settings.mailsPerClientHour(), now)) {
            return TOO_MANY_FROM_CLIENT;
        }
        MailLimit byTarget = find(kind + ":" + hash(target == null ? "" : target.strip().toLowerCase(Locale.ROOT)), now);
        if (!byTarget.allows(settings.mailsPerAddressHour(), now)) {
            return TOO_MANY_FOR_ADDRESS;
        }
        byClient.count(now);
        byTarget.count(now);
        return null;
    }

    /** Like {@link #use}, but a reached limit is a {@link BusinessException} with its message key. */
    public void require(String kind, String target, String client) {
        String refused = use(kind, target, client);
        if (refused != null) {
            throw new BusinessException(refused);
        }
    }

    private MailLimit find(String key, Instant now) {
        return em.createNamedQuery("MailLimit.findByKey", MailLimit.class).setParameter("key", key).getResultStream().findFirst()
                .orElseGet(() -> {
                    MailLimit created = new MailLimit(key, now);
                    em.persist(created);
                    return created;
                });
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the counts whose window started before {@code before} (a finished window is only read to be restarted). */
    public int removeWindowsBefore(java.time.Instant before) {
        return em.createNamedQuery("MailLimit.removeBefore").setParameter("before", before).executeUpdate();
    }
}
