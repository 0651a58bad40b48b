package org.iclei.africa.resilient.web.tool;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iclei.africa.resilient.tool.application.OptionForm;
import org.iclei.africa.resilient.tool.application.PrioritisationService;
import org.iclei.africa.resilient.tool.domain.OptionType;

/**
 * Step 5 at /tool/steps/adaptation-options: the options that answer the high risks, added, edited
 * ({@code ?edit=<id>}) and deleted here; an option's scores are given on step 6 and kept when it is edited here.
 */
@Named("adaptationOptions")
@RequestScoped
public class AdaptationOptionsBacking extends StepPage<PrioritisationService.View> {

    static final String PATH = "/tool/steps/adaptation-options";

    @Inject
    PrioritisationService service;

    private OptionForm form = new OptionForm();

    @Override
    protected PrioritisationService.View view(String email) {
        return service.view(email);
    }

    @Override
    protected void edit(String email, long id) {
        form = OptionForm.of(service.option(email, id));
    }

    @Override
    String path() {
        return PATH;
    }

    public void saveOption() {
        act(() -> service.saveOption(email(), form), "tool.option.saved");
    }

    public void deleteOption() {
        deleteRow((id, version) -> service.deleteOption(email(), id, version), "tool.option.deleted");
    }

    public OptionForm getForm() {
        return form;
    }

    public List<OptionType> getTypes() {
        return List.of(OptionType.values());
    }
}
