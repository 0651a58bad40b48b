package org.iclei.africa.resilient.web.admin.workspaces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.iclei.africa.resilient.admin.application.WorkspaceAdministration;
import org.iclei.africa.resilient.admin.application.WorkspaceAdministration.Detail;
import org.iclei.africa.resilient.admin.application.WorkspaceCleanup;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.application.WorkspaceAdminService;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.web.admin.AdminPage;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * /admin/workspaces/workspace?id=N: one workspace — its access (grant or end membership, extend or end the trial),
 * its members and their roles, a colleague waiting without a lead, a duplicate municipality to merge into it, the
 * demo's removal, and a link to read it in the tool. Forms carry the version they were filled from.
 */
@Named("adminWorkspace")
@ViewScoped
public class WorkspaceBacking extends AdminPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WorkspaceAdministration administration;

    @Inject
    transient WorkspaceCleanup cleanup;

    @Inject
    transient WorkspaceAdminService reading;

    @Inject
    @Param
    Long id;
    private Detail detail;
    private Long version;
    private LocalDate until;
    private Integer days = 7;
    private Long duplicate;
    private Long memberId;
    private MemberRole role;

    /** Loads the workspace named by {@code ?id=} (before the view is built: the member rows are made from it), or says it does not exist. */
    @PostConstruct
    void load() {
        if (Faces.isValidationFailed() || id == null) {
            refuse(new BusinessException(WorkspaceAdministration.NOT_FOUND));
            return;
        }
        reload();
    }

    private void reload() {
        try {
            detail = administration.detail(id);
            version = detail.workspace().getVersion();
        } catch (BusinessException e) {
            detail = null;
            refuse(e);
        }
    }

    public void grantMembership() {
        if (act(() -> administration.grantMembership(id, version, until), "admin.workspaces.granted")) {
            showAgain();
        }
    }

    public void endMembership() {
        if (act(() -> administration.endMembership(id, version), "admin.workspaces.membershipEnded")) {
            showAgain();
        }
    }

    public void extendTrial() {
        if (days == null) {
            refuse(new BusinessException(WorkspaceAdministration.BAD_DAYS, WorkspaceAdministration.MAX_EXTENSION_DAYS));
        } else if (act(() -> administration.extendTrial(id, version, days), "admin.workspaces.extended", days)) {
            showAgain();
        }
    }

    public void endTrial() {
        if (act(() -> administration.endTrial(id, version), "admin.workspaces.trialEnded")) {
            showAgain();
        }
    }

    public void changeRole() {
        if (memberId != null && role != null && act(() -> administration.changeRole(memberId, role), "admin.workspaces.roleChanged")) {
            showAgain();
        }
    }

    public void letIn() {
        if (memberId != null && role != null && act(() -> administration.letIn(memberId, role), "admin.workspaces.letIn")) {
            showAgain();
        }
    }

    public void merge() {
        if (duplicate == null) {
            refuse(new BusinessException(WorkspaceAdministration.NOT_FOUND));
        } else if (act(() -> cleanup.merge(id, version, duplicate), "admin.workspaces.merged")) {
            showAgain();
        }
    }

    public String removeDemo() {
        if (act(() -> cleanup.removeDemo(id), "workspaces.demoRemoved")) {
            reading.forget(id);
            return "/admin/workspaces?faces-redirect=true";
        }
        return null;
    }

    /** Reads the workspace, read-only, on the tool's pages. */
    public String openInTool() {
        return act(() -> reading.open(id), "workspaces.opened") ? "/tool/steps/getting-started?faces-redirect=true" : null;
    }

    /** After a change: the page again, freshly built (post, redirect, get), with the notice kept in the flash. */
    private void showAgain() {
        Faces.redirect(Faces.getRequestContextPath() + "/admin/workspaces/workspace?id=" + id);
    }

    public List<MemberRole> getRoles() {
        return MemberRole.ASSIGNABLE;
    }

    public Long getId() {
        return id;
    }

    public Detail getDetail() {
        return detail;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public Long getDuplicate() {
        return duplicate;
    }

    public void setDuplicate(Long duplicate) {
        this.duplicate = duplicate;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public MemberRole getRole() {
        return role;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }
}
