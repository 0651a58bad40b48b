package org.iclei.africa.resilient.web.tool;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.application.StepService;
import org.iclei.africa.resilient.tool.application.StepService.Panel;
import org.iclei.africa.resilient.tool.domain.ProcessStep;

/**
 * The top of every step page: status with complete / reopen, guidance, the self-check list and the
 * pioneers' examples. The step is the one whose page is shown.
 */
@Named("stepPanel")
@RequestScoped
public class StepPanelBacking extends ToolPage {

    @Inject
    StepService steps;

    @Inject
    HttpServletRequest request;

    private Panel panel;
    private boolean loaded;

    public Panel getPanel() {
        if (!loaded) {
            loaded = true;
            ProcessStep step = viewStep();
            if (step != null) {
                try {
                    panel = steps.panel(email(), step, language.getCode());
                } catch (BusinessException e) {
                    panel = null;
                }
            }
        }
        return panel;
    }

    @Override
    String path() {
        return viewPath();
    }

    public void complete() throws IOException {
        act(() -> steps.markStep(email(), viewStep(), true), "tool.step.completed");
    }

    public void reopen() throws IOException {
        act(() -> steps.markStep(email(), viewStep(), false), "tool.step.reopened");
    }

    public void saveChecks() throws IOException {
        Set<Long> ticked = ids("checked");
        Set<Long> shown = ids("wasChecked");
        act(() -> steps.saveChecks(email(), viewStep(), ticked, shown), "tool.checks.saved");
    }

    private Set<Long> ids(String parameter) {
        String[] values = request.getParameterValues(parameter);
        return values == null ? Set.of()
                : Arrays.stream(values).map(ToolPage::idParameter).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
