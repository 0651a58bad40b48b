package org.iclei.africa.resilient.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.iclei.africa.resilient.shared.BaseEntity;
import org.iclei.africa.resilient.shared.validation.FieldLimits;

/**
 * A single-use link sent by e-mail. Only the SHA-256 hash of the token is stored, so a copy of the
 * database gives no working link. See {@link #issue} for the token itself.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = "AccountToken.findByHash", query = "select t from AccountToken t where t.tokenHash = :hash")
@NamedQuery(name = "AccountToken.removeSpentBefore",
        query = "delete from AccountToken t where t.expiresAt < :before or t.usedAt < :before")
@NamedQuery(name = "AccountToken.findOpen",
        query = "select t from AccountToken t where t.account = :account and t.purpose = :purpose and t.usedAt is null")
public class AccountToken extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "new_email", length = FieldLimits.EMAIL)
    private String newEmail;

    protected AccountToken() {
        // for JPA
    }

    private AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant expiresAt, String newEmail) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.newEmail = newEmail;
    }

    /** A fresh token and the entity that remembers its hash. */
    public record Issued(String token, AccountToken entity) {
    }

    public static Issued issue(Account account, TokenPurpose purpose, Instant now, String newEmail) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(token, new AccountToken(account, purpose, hash(token), now.plus(purpose.validity()),
                newEmail == null ? null : Account.normaliseEmail(newEmail)));
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the link can still be used for {@code purpose} at {@code now}. */
    public boolean isUsable(TokenPurpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    /** Ends an unused link without using it (a newer link of the same kind replaced it): it then reads as expired. */
    public void withdraw(Instant now) {
        if (now.isBefore(expiresAt)) {
            expiresAt = now;
        }
    }

    public Account getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public String getNewEmail() {
        return newEmail;
    }
}
