package org.iclei.africa.resilient.tool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.shared.BaseEntity;

/**
 * One municipality's adaptation plan, shared by its members, and the access they all have to it: a free trial
 * that starts when the workspace is created, then membership granted by an administrator (without end or until
 * a date). A grant, an extension or an end changes access for every member at once.
 */
@Entity
@Table(name = "workspace")
@NamedQuery(name = "Workspace.findByMunicipality", query = "select w from Workspace w where w.municipality = :municipality")
@NamedQuery(name = "Workspace.findAll", query = "select w from Workspace w order by w.name")
public class Workspace extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The sign-in of the demo workspace's lead (example.org never receives mail). */
    public static final String DEMO_LEAD_EMAIL = "demo.lead@example.org";

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "trial_ends_at", nullable = false)
    private Instant trialEndsAt;

    @Column(name = "member_since")
    private Instant memberSince;

    /** The end of the membership; null with {@link #memberSince} set: without end. */
    @Column(name = "member_until")
    private Instant memberUntil;

    @Column(name = "membership_requested_at")
    private Instant membershipRequestedAt;

    /** The ISO 4217 code a lead chose; null: {@link Currencies#forCountry the country's}. */
    @Column(length = 3)
    private String currency;

    protected Workspace() {
        // for JPA
    }

    /** A new workspace, whose free trial of {@code trial} starts {@code now}. */
    public Workspace(Municipality municipality, boolean demo, Instant now, Duration trial) {
        this.municipality = municipality;
        this.name = municipality.getName();
        this.demo = demo;
        this.trialEndsAt = now.plus(trial);
    }

    /** Where the workspace's access stands at {@code now}: membership first, then the trial, else how it ended. */
    public WorkspaceAccess access(Instant now) {
        if (memberSince != null && (memberUntil == null || now.isBefore(memberUntil))) {
            return WorkspaceAccess.MEMBER;
        }
        if (now.isBefore(trialEndsAt)) {
            return WorkspaceAccess.TRIAL;
        }
        return memberSince != null ? WorkspaceAccess.MEMBERSHIP_ENDED : WorkspaceAccess.TRIAL_ENDED;
    }

    /**
     * The date that goes with the access at {@code now}: when the trial ends (TRIAL), when the membership ends
     * (MEMBER; null: no end), or when access ended (TRIAL_ENDED, MEMBERSHIP_ENDED).
     */
    public Instant accessDate(Instant now) {
        return switch (access(now)) {
            case TRIAL, TRIAL_ENDED -> trialEndsAt;
            case MEMBER, MEMBERSHIP_ENDED -> memberUntil;
        };
    }

    /**
     * Grants membership from now, without end ({@code until} null) or until a later moment. A membership that
     * is running keeps its start and takes the new end; the open request, if any, is answered.
     */
    public void grantMembership(Instant now, Instant until) {
        if (until != null && !until.isAfter(now)) {
            throw new IllegalArgumentException("A membership ends after it starts");
        }
        if (access(now) != WorkspaceAccess.MEMBER) {
            memberSince = now;
        }
        memberUntil = until;
        membershipRequestedAt = null;
    }

    /** Ends a running membership now (members read only, unless a trial is still running). */
    public void endMembership(Instant now) {
        if (access(now) == WorkspaceAccess.MEMBER) {
            memberUntil = now;
        }
    }

    /** Adds days to the trial, counted from its end or, when it has ended, from now. */
    public void extendTrial(Duration extra, Instant now) {
        if (extra.isNegative() || extra.isZero()) {
            throw new IllegalArgumentException("A trial is extended by a positive number of days");
        }
        Instant from = trialEndsAt.isBefore(now) ? now : trialEndsAt;
        trialEndsAt = from.plus(extra);
    }

    /** Ends a running trial now. */
    public void endTrial(Instant now) {
        if (trialEndsAt.isAfter(now)) {
            trialEndsAt = now;
        }
    }

    /**
     * Takes the better access of a workspace merged into this one: the later trial end, and its membership when
     * it is running and this one's is not (or ends sooner).
     */
    public void absorbAccess(Workspace other, Instant now) {
        if (other.trialEndsAt.isAfter(trialEndsAt)) {
            trialEndsAt = other.trialEndsAt;
        }
        if (other.access(now) == WorkspaceAccess.MEMBER && (access(now) != WorkspaceAccess.MEMBER
                || memberUntil != null && (other.memberUntil == null || other.memberUntil.isAfter(memberUntil)))) {
            if (access(now) != WorkspaceAccess.MEMBER) {
                memberSince = other.memberSince;
            }
            memberUntil = other.memberUntil;
        }
        if (access(now) != WorkspaceAccess.MEMBER && membershipRequestedAt == null) {
            membershipRequestedAt = other.membershipRequestedAt;
        }
    }

    /** A member asks the administrators for membership; the request stays open until membership is granted. */
    public void requestMembership(Instant now) {
        membershipRequestedAt = now;
    }

    public Instant getTrialEndsAt() {
        return trialEndsAt;
    }

    public Instant getMemberSince() {
        return memberSince;
    }

    public Instant getMemberUntil() {
        return memberUntil;
    }

    public Instant getMembershipRequestedAt() {
        return membershipRequestedAt;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public String getName() {
        return name;
    }

    /** The currency of budgets and costs: the one a lead chose, else the country's, else US dollars. */
    public String getCurrency() {
        return currency != null ? currency : Currencies.forCountry(municipality.getCountry().getCode());
    }

    /** Keeps budgets and costs in this currency, one of {@link Currencies#CHOICES}. */
    public void chooseCurrency(String code) {
        if (!Currencies.isChoice(code)) {
            throw new IllegalArgumentException("Not a currency the portal offers: " + code);
        }
        currency = code;
    }

    public boolean isDemo() {
        return demo;
    }
}
