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
import java.time.Instant;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.shared.BaseEntity;

/** An account's place in its municipality's workspace (one workspace per account). */
@Entity
@Table(name = "workspace_member")
@NamedQuery(name = "WorkspaceMember.findByEmail", query = "select m from WorkspaceMember m where m.account.email = :email")
@NamedQuery(name = "WorkspaceMember.countByWorkspace", query = "select count(m) from WorkspaceMember m where m.workspace = :workspace")
@NamedQuery(name = "WorkspaceMember.findByWorkspace",
        query = "select m from WorkspaceMember m where m.workspace = :workspace order by m.account.fullName")
@NamedQuery(name = "WorkspaceMember.findByRole",
        query = "select m from WorkspaceMember m where m.workspace = :workspace and m.role = :role order by m.id")
@NamedQuery(name = "WorkspaceMember.countByWorkspaceAndRole",
        query = "select m.workspace.id, m.role, count(m) from WorkspaceMember m group by m.workspace.id, m.role")
@NamedQuery(name = "WorkspaceMember.workspacesWithActiveLead",
        query = "select distinct m.workspace.id from WorkspaceMember m where m.role = :lead and m.account.status = :active")
@NamedQuery(name = "WorkspaceMember.moveAll", query = "update WorkspaceMember m set m.workspace = :into where m.workspace = :from")
public class WorkspaceMember extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 10)
    private MemberRole role;

    protected WorkspaceMember() {
        // for JPA
    }

    public WorkspaceMember(Workspace workspace, Account account, MemberRole role) {
        this.workspace = workspace;
        this.account = account;
        this.role = role;
    }

    public Workspace getWorkspace() {
        return workspace;
    }

    public Account getAccount() {
        return account;
    }

    public MemberRole getRole() {
        return role;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }

    /**
     * Whether this member may change the workspace now: an editing role, an account that can sign in, and the
     * workspace's trial or membership running (administrators are not held by it).
     */
    public boolean canEdit(Instant now) {
        return role.canEdit() && account.canSignIn()
                && (account.getRole() == Role.ADMIN || workspace.access(now).canEdit());
    }
}
