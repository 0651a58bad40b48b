package org.iclei.africa.resilient.web.tool;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.application.OptionForm;
import org.iclei.africa.resilient.tool.application.PrioritisationService;
import org.iclei.africa.resilient.tool.domain.AdaptationOption;
import org.iclei.africa.resilient.tool.domain.Criterion;
import org.iclei.africa.resilient.tool.domain.OptionType;

/**
 * Steps 5 and 6 at /tool/steps/prioritisation: the options with their scores ({@code ?edit=<id>} to edit one),
 * the workspace's weights, and the ranking with each criterion's contribution.
 */
@Named("prioritisation")
@RequestScoped
public class PrioritisationBacking extends ToolPage {

    static final String PATH = "/tool/steps/prioritisation";

    @Inject
    PrioritisationService service;

    @Inject
    HttpServletRequest request;

    private PrioritisationService.View view;
    private final OptionForm form = new OptionForm();
    private final Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
    private Long weightsVersion;

    @PostConstruct
    void load() {
        String email = email();
        try {
            view = service.view(email);
            weights.putAll(view.weights());
            weightsVersion = view.weightsVersion();
            String edit = request.getParameter("edit");
            if (edit != null && edit.matches("\\d{1,18}") && !"POST".equals(request.getMethod())) {
                AdaptationOption option = service.option(email, Long.parseLong(edit));
                form.setId(option.getId());
                form.setVersion(option.getVersion());
                form.setName(option.getName());
                form.setRisksAddressed(option.getRisksAddressed());
                form.setType(option.getType());
                form.setLeadDepartment(option.getLeadDepartment());
                form.setBuildsOn(option.getBuildsOn());
                form.getScores().putAll(option.getScores());
            }
        } catch (BusinessException e) {
            error(text(e));
        }
    }

    @Override
    String path() {
        return PATH;
    }

    public void saveOption() throws IOException {
        act(() -> service.saveOption(email(), form), "tool.option.saved");
    }

    public void deleteOption() throws IOException {
        deleteFromRequest(request, (id, version) -> service.deleteOption(email(), id, version), "tool.option.deleted");
    }

    public void saveWeights() throws IOException {
        act(() -> service.saveWeights(email(), weights, weightsVersion), "tool.weights.saved");
    }

    public Long getWeightsVersion() {
        return weightsVersion;
    }

    public void setWeightsVersion(Long weightsVersion) {
        this.weightsVersion = weightsVersion;
    }

    public PrioritisationService.View getView() {
        return view;
    }

    public OptionForm getForm() {
        return form;
    }

    public Map<Criterion, Integer> getWeights() {
        return weights;
    }

    public List<Criterion> getCriteria() {
        return List.of(Criterion.values());
    }

    public List<OptionType> getTypes() {
        return List.of(OptionType.values());
    }


    public List<Integer> getWeightValues() {
        return List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }
}
