package org.iclei.africa.resilient.web.tool;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.iclei.africa.resilient.tool.application.OptionForm;
import org.iclei.africa.resilient.tool.application.PrioritisationService;
import org.iclei.africa.resilient.tool.domain.Criterion;
import org.iclei.africa.resilient.tool.domain.OptionType;
import org.omnifaces.util.Faces;

/**
 * Step 6 at /tool/steps/prioritisation: the scores of the options step 5 describes ({@code ?edit=<id>} opens one
 * option's scores; what step 5 describes goes back unchanged), the workspace's weights, and the ranking with each
 * criterion's contribution.
 */
@Named("prioritisation")
@RequestScoped
public class PrioritisationBacking extends StepPage<PrioritisationService.View> {

    static final String PATH = "/tool/steps/prioritisation";

    @Inject
    PrioritisationService service;

    private OptionForm form = new OptionForm();
    private final Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
    private Long weightsVersion;

    @Override
    protected PrioritisationService.View view(String email) {
        PrioritisationService.View view = service.view(email);
        weights.putAll(view.weights());
        weightsVersion = view.weightsVersion();
        return view;
    }

    @Override
    protected void edit(String email, long id) {
        form = OptionForm.of(service.option(email, id));
    }

    /** The score form is shown only for an option: a posted one keeps it shown, so that Faces reads its fields. */
    @Override
    protected void restorePosted() {
        String posted = Faces.getRequestParameter("optionId");
        if (posted != null && posted.matches("\\d{1,18}")) {
            form.setId(Long.valueOf(posted));
        }
    }

    @Override
    String path() {
        return PATH;
    }

    /** Saves the option's scores only; what step 5 describes is not posted here. */
    public void saveOption() {
        if (form.getId() == null) {
            return;
        }
        act(() -> service.saveScores(email(), form.getId(), form.getVersion() == null ? -1 : form.getVersion(), form.getScores()),
                "tool.option.saved");
    }

    public void saveWeights() {
        act(() -> service.saveWeights(email(), weights, weightsVersion), "tool.weights.saved");
    }

    public Long getWeightsVersion() {
        return weightsVersion;
    }

    public void setWeightsVersion(Long weightsVersion) {
        this.weightsVersion = weightsVersion;
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
