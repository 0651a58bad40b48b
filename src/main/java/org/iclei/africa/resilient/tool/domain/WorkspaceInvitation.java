package org.iclei.africa.resilient.tool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.iclei.africa.resilient.accounts.domain.AccountToken;
import org.iclei.africa.resilient.shared.BaseEntity;

/**
 * A lead's invitation to join the workspace with a role: a single-use link, valid for {@link #VALIDITY},
 * of which only the SHA-256 hash is stored, bound to the invited address. It is accepted when that address is confirmed.
 */
@Entity
@Table(name = "workspace_invitation")
@NamedQuery(name = "WorkspaceInvitation.findByHash", query = "select i from WorkspaceInvitation i where i.tokenHash = :hash")
@NamedQuery(name = "WorkspaceInvitation.findOpenByEmail",
        query = "select i from WorkspaceInvitation i where i.email = :email and i.acceptedAt is null and i.expiresAt > :now order by i.id desc")
@NamedQuery(name = "WorkspaceInvitation.findOpenByWorkspace",
        query = "select i from WorkspaceInvitation i where i.workspace = :workspace and i.acceptedAt is null and i.expiresAt > :now order by i.id")
@NamedQuery(name = "WorkspaceInvitation.countSince",
        query = "select count(i) from WorkspaceInvitation i where i.workspace = :workspace and i.createdAt > :since")
@NamedQuery(name = "WorkspaceInvitation.moveAll", query = "update WorkspaceInvitation r set r.workspace = :into where r.workspace = :from")
public class WorkspaceInvitation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final Duration VALIDITY = Duration.ofDays(7);

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 10)
    private MemberRole role;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false, length = 120)
    private String invitedBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    protected WorkspaceInvitation() {
        // for JPA
    }

    public WorkspaceInvitation(Workspace workspace, String email, MemberRole role, String token, String invitedBy, Instant now) {
        this.workspace = workspace;
        this.email = email;
        this.role = role;
        this.tokenHash = AccountToken.hash(token);
        this.invitedBy = invitedBy;
        this.expiresAt = now.plus(VALIDITY);
    }

    public boolean isOpen(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    /** Whether a registration was already made through the link. */
    public boolean isClaimed() {
        return claimedAt != null;
    }

    /** Whether {@code normalisedEmail} is the address invited: the link works for that address only (it is no bearer token). */
    public boolean isFor(String normalisedEmail) {
        return email.equals(normalisedEmail);
    }

    /**
     * The registration through the link made with the invited address claims it (once); the invitation is
     * accepted when that address is confirmed. Someone registering through it with another address does not
     * claim it: they wait, like any colleague, until a lead lets them in.
     */
    public void claim(String registeredEmail, Instant now) {
        if (claimedAt != null) {
            throw new IllegalStateException("This invitation was already claimed");
        }
        if (!isFor(registeredEmail)) {
            throw new IllegalArgumentException("This invitation is for another address");
        }
        this.claimedAt = now;
    }

    public void accept(Instant now) {
        this.acceptedAt = now;
    }

    public Workspace getWorkspace() {
        return workspace;
    }

    public String getEmail() {
        return email;
    }

    public MemberRole getRole() {
        return role;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
