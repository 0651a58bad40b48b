package org.iclei.africa.resilient.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.iclei.africa.resilient.shared.BaseEntity;
import org.iclei.africa.resilient.shared.Texts;
import org.iclei.africa.resilient.shared.validation.FieldLimits;

/** A person who can sign in: an administrator or a member of a municipality. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByEmail", query = "select a from Account a where a.email = :email")
@NamedQuery(name = "Account.countByRole", query = "select count(a) from Account a where a.role = :role")
@NamedQuery(name = "Account.findEmailsByRoleAndStatus", query = "select a.email from Account a where a.role = :role and a.status = :status order by a.email")
@NamedQuery(name = "Account.findByRoleAndStatus", query = "select a from Account a where a.role = :role and a.status = :status order by a.id")
public class Account extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = FieldLimits.EMAIL)
    private String email;

    @Column(name = "full_name", nullable = false, length = FieldLimits.FULL_NAME)
    private String fullName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccountStatus status;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "job_title", length = FieldLimits.JOB_TITLE)
    private String jobTitle;

    @Column(length = FieldLimits.PHONE)
    private String phone;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** Sessions that signed in before this moment end (password reset, password change). */
    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;

    /** Whether the member gets the reminder that the workspace's trial ends soon (opt-out in My account). */
    @Column(name = "remind_trial", nullable = false)
    private boolean remindTrial = true;

    /** Whether the member gets the reminder that the review date of step 8 has come. */
    @Column(name = "remind_review", nullable = false)
    private boolean remindReview = true;

    /** Whether a lead gets the weekly digest of late actions and indicators without update. */
    @Column(name = "remind_digest", nullable = false)
    private boolean remindDigest = true;

    /** When the account accepted the terms of use and privacy notice; null for accounts made before it was recorded. */
    @Column(name = "consented_at")
    private Instant consentedAt;

    protected Account() {
        // for JPA
    }

    public Account(String email, String fullName, String passwordHash, Role role, AccountStatus status, String language) {
        this.email = normaliseEmail(email);
        this.fullName = Objects.requireNonNull(fullName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.status = Objects.requireNonNull(status);
        this.language = Objects.requireNonNull(language);
    }

    /** E-mail addresses are compared without case and surrounding spaces. */
    public static String normaliseEmail(String email) {
        return Objects.requireNonNull(email).trim().toLowerCase(Locale.ROOT);
    }

    /** Whether this account may sign in: confirmed and not switched off (what it may do in a workspace is the workspace's access). */
    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE;
    }

    /** The e-mail address is confirmed (by its owner or by an administrator). Repeating it changes nothing. */
    public void confirm(Instant now) {
        if (status == AccountStatus.UNCONFIRMED) {
            status = AccountStatus.ACTIVE;
            confirmedAt = now;
        }
    }

    public void disable() {
        status = AccountStatus.DISABLED;
    }

    /** Back to where it was before being disabled: active if it had been confirmed, else unconfirmed. */
    public void enable() {
        if (status == AccountStatus.DISABLED) {
            status = confirmedAt == null ? AccountStatus.UNCONFIRMED : AccountStatus.ACTIVE;
        }
    }

    /**
     * An administrator gives or takes the administrator role. The account's sessions end (they keep the role they
     * signed in with), so the new role applies from its next sign-in.
     */
    public void changeRole(Role newRole, Instant now) {
        if (role != Objects.requireNonNull(newRole)) {
            role = newRole;
            credentialsChangedAt = now;
        }
    }

    /** A new password: every session that signed in before now ends. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.credentialsChangedAt = now;
    }

    public void changeEmail(String newEmail) {
        this.email = normaliseEmail(newEmail);
    }

    public void describe(String fullName, String jobTitle, String phone) {
        this.fullName = Objects.requireNonNull(fullName).strip();
        this.jobTitle = Texts.blankToNull(jobTitle);
        this.phone = Texts.blankToNull(phone);
    }

    /** The terms of use and privacy notice were accepted now (at registration). */
    public void consent(Instant now) {
        this.consentedAt = Objects.requireNonNull(now);
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }

    public void joinMunicipality(Municipality municipality) {
        this.municipality = municipality;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getPhone() {
        return phone;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getCredentialsChangedAt() {
        return credentialsChangedAt;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = Objects.requireNonNull(language);
    }

    /** The reminders the member wants by e-mail. */
    public void chooseReminders(boolean trial, boolean review, boolean digest) {
        this.remindTrial = trial;
        this.remindReview = review;
        this.remindDigest = digest;
    }

    public boolean isRemindTrial() {
        return remindTrial;
    }

    public boolean isRemindReview() {
        return remindReview;
    }

    public boolean isRemindDigest() {
        return remindDigest;
    }
}
