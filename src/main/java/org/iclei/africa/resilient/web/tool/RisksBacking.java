package org.iclei.africa.resilient.web.tool;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.application.RiskForm;
import org.iclei.africa.resilient.tool.application.RiskService;
import org.iclei.africa.resilient.tool.application.RiskService.RisksView;
import org.iclei.africa.resilient.tool.domain.Risk;
import org.iclei.africa.resilient.tool.domain.Sector;

/**
 * Step 3, impacts and risks, at /tool/steps/impacts-and-risks: the worksheet, the form to add or edit a
 * risk ({@code ?edit=<id>}), and the heat map. Saving redirects back (the page can be reloaded safely);
 * a conflicting save keeps the member's input on screen and says who changed the row and when.
 */
@Named("risks")
@RequestScoped
public class RisksBacking extends ToolPage {

    static final String PATH = "/tool/steps/impacts-and-risks";

    @Inject
    RiskService riskService;

    @Inject
    HttpServletRequest request;

    private RisksView view;
    private final RiskForm form = new RiskForm();

    @PostConstruct
    void load() {
        String email = email();
        try {
            view = riskService.risks(email);
            String edit = request.getParameter("edit");
            if (edit != null && edit.matches("\\d{1,18}") && !"POST".equals(request.getMethod())) {
                Risk risk = riskService.risk(email, Long.parseLong(edit));
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
            error(text(e));
        }
    }

    @Override
    String path() {
        return PATH;
    }

    public void save() throws IOException {
        act(() -> riskService.saveRisk(email(), form), "tool.risk.saved");
    }

    public void delete() throws IOException {
        deleteFromRequest(request, (id, version) -> riskService.deleteRisk(email(), id, version), "tool.risk.deleted");
    }

    public RisksView getView() {
        return view;
    }

    public RiskForm getForm() {
        return form;
    }

    public List<Sector> getSectors() {
        return List.of(Sector.values());
    }


}
