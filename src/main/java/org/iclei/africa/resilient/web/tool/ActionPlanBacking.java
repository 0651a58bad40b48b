package org.iclei.africa.resilient.web.tool;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iclei.africa.resilient.tool.application.ActionForm;
import org.iclei.africa.resilient.tool.application.ActionPlanService;
import org.iclei.africa.resilient.tool.domain.ActionStatus;

/** Step 7 at /tool/steps/action-plan: the actions, how many are in each status, and the form to add or edit one ({@code ?edit=<id>}). */
@Named("actionPlan")
@RequestScoped
public class ActionPlanBacking extends StepPage<ActionPlanService.View> {

    static final String PATH = "/tool/steps/action-plan";

    @Inject
    ActionPlanService service;

    private ActionForm form = new ActionForm();

    @Override
    protected ActionPlanService.View view(String email) {
        return service.view(email);
    }

    @Override
    protected void edit(String email, long id) {
        form = ActionForm.of(service.action(email, id));
    }

    @Override
    String path() {
        return PATH;
    }

    public void save() {
        act(() -> service.save(email(), form), "tool.action.saved");
    }

    public void delete() {
        deleteRow((id, version) -> service.delete(email(), id, version), "tool.action.deleted");
    }

    public ActionForm getForm() {
        return form;
    }

    public List<ActionStatus> getStatuses() {
        return List.of(ActionStatus.values());
    }
}
