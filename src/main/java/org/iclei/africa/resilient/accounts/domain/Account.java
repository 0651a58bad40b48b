package org.iclei.africa.resilient.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import org.iclei.africa.resilient.shared.BaseEntity;

/** A person who can sign in: an administrator or a member of a municipality. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByEmail", query = "select a from Account a where a.email = :email")
@NamedQuery(name = "Account.countByRole", query = "select count(a) from Account a where a.role = :role")
@NamedQuery(name = "Account.findEmailsByRoleAndStatus",
        query = "select a.email from Account a where a.role = :role and a.status = :status order by a.email")
public class Account extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "full_name", nullable = false, length = 120)
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

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = Objects.requireNonNull(fullName);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
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
}
