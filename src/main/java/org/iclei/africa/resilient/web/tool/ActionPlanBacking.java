package org.iclei.africa.resilient.web.tool;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.application.ActionForm;
import org.iclei.africa.resilient.tool.application.ActionPlanService;
import org.iclei.africa.resilient.tool.domain.ActionStatus;
import org.iclei.africa.resilient.tool.domain.PlanAction;

/** Step 7 at /tool/steps/action-plan: the actions, how many are in each status, and the form to add or edit one ({@code ?edit=<id>}). */
@Named("actionPlan")
@RequestScoped
public class ActionPlanBacking extends ToolPage {

    static final String PATH = "/tool/steps/action-plan";

    @Inject
    ActionPlanService service;

    @Inject
    HttpServletRequest request;

    private ActionPlanService.View view;
    private final ActionForm form = new ActionForm();

    @PostConstruct
    void load() {
        String email = email();
        try {
            view = service.view(email);
            String edit = request.getParameter("edit");
            if (edit != null && edit.matches("\\d{1,18}") && !"POST".equals(request.getMethod())) {
                PlanAction action = service.action(email, Long.parseLong(edit));
                form.setId(action.getId());
                form.setVersion(action.getVersion());
                form.setOptionId(action.getOption() == null ? null : action.getOption().getId());
                form.setActionText(action.getActionText());
                form.setObjective(action.getObjective());
                form.setDepartment(action.getDepartment());
                form.setPartners(action.getPartners());
                form.setBudget(action.getBudget());
                form.setFundingSource(action.getFundingSource());
                form.setStartDate(action.getStartDate());
                form.setEndDate(action.getEndDate());
                form.setMunicipalPlan(action.getMunicipalPlan());
                form.setStatus(action.getStatus());
            }
        } catch (BusinessException e) {
            error(text(e));
        }
    }

    @Override
    String path() {
        return PATH;
    }

    public void save() throws IOException {
        act(() -> service.save(email(), form), "tool.action.saved");
    }

    public void delete() throws IOException {
        deleteFromRequest(request, (id, version) -> service.delete(email(), id, version), "tool.action.deleted");
    }

    public ActionPlanService.View getView() {
        return view;
    }

    public ActionForm getForm() {
        return form;
    }

    public List<ActionStatus> getStatuses() {
        return List.of(ActionStatus.values());
    }
}
