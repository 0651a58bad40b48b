package org.iclei.africa.resilient.web.tool;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.application.RiskForm;
import org.iclei.africa.resilient.tool.application.WorkspaceService;
import org.iclei.africa.resilient.tool.application.WorkspaceService.RisksView;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.Risk;
import org.iclei.africa.resilient.tool.domain.Sector;
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/**
 * Step 3, impacts and risks, at /tool/steps/impacts-and-risks: the worksheet, the form to add or edit a
 * risk ({@code ?edit=<id>}), and the heat map. Saving redirects back (the page can be reloaded safely);
 * a conflicting save keeps the member's input on screen and says who changed the row and when.
 */
@Named("risks")
@RequestScoped
public class RisksBacking {

    static final String PATH = "/tool/steps/impacts-and-risks";

    @Inject
    SecurityContext security;

    @Inject
    WorkspaceService workspaces;

    @Inject
    HttpServletRequest request;

    @Inject
    VisitorLanguage language;

    private RisksView view;
    private final RiskForm form = new RiskForm();
    private boolean conflict;

    @PostConstruct
    void load() {
        String email = security.getCallerPrincipal().getName();
        try {
            view = workspaces.risks(email);
            String edit = request.getParameter("edit");
            if (edit != null && edit.matches("\\d{1,18}") && !"POST".equals(request.getMethod())) {
                Risk risk = workspaces.risk(email, Long.parseLong(edit));
                form.setId(risk.getId());
                form.setVersion(risk.getVersion());
                form.setHazard(risk.getHazard());
                form.setSector(risk.getSector());
                form.setImpact(risk.getImpact());
                form.setLikelihood(risk.getLikelihood());
                form.setConsequence(risk.getConsequence());
                form.setWithinMandate(risk.isWithinMandate());
            }
        } catch (BusinessException e) {
            message(FacesMessage.SEVERITY_ERROR, text(e));
        }
    }

    public void save() throws IOException {
        act(() -> workspaces.saveRisk(email(), form), "tool.risk.saved");
    }

    /** Deletes the row named by the posted {@code deleteId} and {@code deleteVersion} (one small form per row). */
    public void delete() throws IOException {
        String id = request.getParameter("deleteId");
        String version = request.getParameter("deleteVersion");
        if (id == null || version == null || !id.matches("\\d{1,18}") || !version.matches("\\d{1,18}")) {
            message(FacesMessage.SEVERITY_ERROR, bundle().getString(WorkspaceService.ROW_NOT_FOUND));
            return;
        }
        act(() -> workspaces.deleteRisk(email(), Long.parseLong(id), Long.parseLong(version)), "tool.risk.deleted");
    }

    public void complete() throws IOException {
        act(() -> workspaces.markStep(email(), ProcessStep.IMPACTS_AND_RISKS, true), "tool.step.completed");
    }

    public void reopen() throws IOException {
        act(() -> workspaces.markStep(email(), ProcessStep.IMPACTS_AND_RISKS, false), "tool.step.reopened");
    }

    private void act(Runnable action, String doneKey) throws IOException {
        try {
            action.run();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().put("done", bundle().getString(doneKey));
            external.redirect(external.getRequestContextPath() + PATH);
        } catch (BusinessException e) {
            conflict = WorkspaceService.CONFLICT.equals(e.getMessageKey());
            message(FacesMessage.SEVERITY_ERROR, text(e));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (EJBException e) {
            message(FacesMessage.SEVERITY_ERROR, bundle().getString("tool.failed"));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private String text(BusinessException e) {
        String pattern = bundle().getString(e.getMessageKey());
        Object[] arguments = e.getArguments();
        if (arguments.length == 2 && arguments[1] instanceof Instant when) {
            String time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.getLocale())
                    .format(when.atZone(ZoneId.systemDefault()));
            return MessageFormat.format(pattern.replace("'", "''"), arguments[0], time);
        }
        return pattern;
    }

    private String email() {
        return security.getCallerPrincipal().getName();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public RisksView getView() {
        return view;
    }

    public RiskForm getForm() {
        return form;
    }

    public boolean isConflict() {
        return conflict;
    }

    public List<Sector> getSectors() {
        return List.of(Sector.values());
    }

    public List<Integer> getRatings() {
        return List.of(1, 2, 3, 4, 5);
    }

}
