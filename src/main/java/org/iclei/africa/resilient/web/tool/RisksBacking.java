package org.iclei.africa.resilient.web.tool;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iclei.africa.resilient.tool.application.RiskForm;
import org.iclei.africa.resilient.tool.application.RiskService;
import org.iclei.africa.resilient.tool.application.RiskService.RisksView;
import org.iclei.africa.resilient.tool.domain.Sector;

/**
 * Step 3, impacts and risks, at /tool/steps/impacts-and-risks: the worksheet, the form to add or edit a
 * risk ({@code ?edit=<id>}), and the heat map. Saving redirects back (the page can be reloaded safely);
 * a conflicting save keeps the member's input on screen and says who changed the row and when.
 */
@Named("risks")
@RequestScoped
public class RisksBacking extends StepPage<RisksView> {

    static final String PATH = "/tool/steps/impacts-and-risks";

    @Inject
    RiskService riskService;

    private RiskForm form = new RiskForm();

    @Override
    protected RisksView view(String email) {
        return riskService.risks(email);
    }

    @Override
    protected void edit(String email, long id) {
        form = RiskForm.of(riskService.risk(email, id));
    }

    @Override
    String path() {
        return PATH;
    }

    public void save() {
        act(() -> riskService.saveRisk(email(), form), "tool.risk.saved");
    }

    public void delete() {
        deleteRow((id, version) -> riskService.deleteRisk(email(), id, version), "tool.risk.deleted");
    }

    public RiskForm getForm() {
        return form;
    }

    public List<Sector> getSectors() {
        return List.of(Sector.values());
    }
}
