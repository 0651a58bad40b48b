package org.iclei.africa.resilient.web.tool;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.application.StepService;
import org.iclei.africa.resilient.tool.application.StepService.Panel;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.omnifaces.cdi.Param;

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
    @Param
    List<Long> checked;

    @Inject
    @Param
    List<Long> wasChecked;

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

    public void complete() {
        act(() -> steps.markStep(email(), viewStep(), true), "tool.step.completed");
    }

    public void reopen() {
        act(() -> steps.markStep(email(), viewStep(), false), "tool.step.reopened");
    }

    /** Saves the ticks of the check list: the items posted as {@code checked}, of those that were shown ticked ({@code wasChecked}). */
    public void saveChecks() {
        Set<Long> ticked = ids(checked);
        Set<Long> shown = ids(wasChecked);
        act(() -> steps.saveChecks(email(), viewStep(), ticked, shown), "tool.checks.saved");
    }

    private static Set<Long> ids(List<Long> posted) {
        return posted == null ? Set.of() : posted.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
