package org.iclei.africa.resilient.config;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;
import org.iclei.africa.resilient.accounts.domain.AccountTokenRepository;
import org.iclei.africa.resilient.accounts.domain.LoginFailureRepository;
import org.iclei.africa.resilient.shared.mail.MailLimits;
import org.iclei.africa.resilient.shared.mail.OutgoingMailRepository;

/**
 * Forgets what is kept only for a while, once an hour: login failures whose window and lock ended, links used or
 * expired, and sent mail, all older than {@code PORTAL_RETENTION_DAYS} (default 30). Pending and failed mails, and
 * open links, are never purged. {@link RetentionScheduler} runs it; {@link #purge} is one transaction.
 */
@Stateless
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());

    @Inject
    LoginFailureRepository loginFailures;

    @Inject
    AccountTokenRepository tokens;

    @Inject
    OutgoingMailRepository mails;

    @Inject
    PortalSettings settings;

    @Inject
    MailLimits mailLimits;

    /** What one purge removed. */
    public record Purged(int loginFailures, int tokens, int mails, int mailLimits) {
    }

    /** Removes every row kept for longer than the retention at {@code now}. */
    public Purged purge(Instant now) {
        Instant before = now.minus(settings.retention());
        Purged purged = new Purged(loginFailures.removeOlderThan(before), tokens.removeSpentBefore(before), mails.removeSentBefore(before),
                mailLimits.removeWindowsBefore(now.minus(java.time.Duration.ofDays(1))));
        if (purged.loginFailures() + purged.tokens() + purged.mails() + purged.mailLimits() > 0) {
            LOG.info(() -> "Retention purge (older than " + settings.retention().toDays() + " days): " + purged);
        }
        return purged;
    }
}
