package org.iclei.africa.resilient.tool.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a workspace's plan hangs together: each risk of step 3 (highest first) with the options of step 5 that answer
 * it, each option's actions of step 7, and each action's indicators of step 8 — and the loose ends: the high and
 * extreme risks no option answers yet, options that answer no risk (written before options were linked), and actions
 * that carry out no option. An option that answers two risks appears under both. Computed from what is stored; never stored.
 */
public final class PlanChain {

    /** The bands that step 5 must answer. */
    public static final Set<RiskBand> TO_ANSWER = Set.of(RiskBand.HIGH, RiskBand.EXTREME);

    /** An action and the indicators that follow it. */
    public record ActionLink(PlanAction action, List<WorksheetRow> indicators) {

        public PlanAction getAction() {
            return action;
        }

        public List<WorksheetRow> getIndicators() {
            return indicators;
        }
    }

    /** An option and the actions that carry it out. */
    public record OptionLink(AdaptationOption option, List<ActionLink> actions) {

        public AdaptationOption getOption() {
            return option;
        }

        public List<ActionLink> getActions() {
            return actions;
        }
    }

    /** A risk and the options that answer it. */
    public record RiskLink(Risk risk, List<OptionLink> options) {

        public Risk getRisk() {
            return risk;
        }

        public List<OptionLink> getOptions() {
            return options;
        }

        /** Whether this risk is one step 5 must answer and no option does yet. */
        public boolean isUnanswered() {
            return options.isEmpty() && TO_ANSWER.contains(risk.getBand());
        }
    }

    private final List<RiskLink> risks;
    private final List<OptionLink> optionsWithoutRisk;
    private final List<ActionLink> actionsWithoutOption;

    private PlanChain(List<RiskLink> risks, List<OptionLink> optionsWithoutRisk, List<ActionLink> actionsWithoutOption) {
        this.risks = risks;
        this.optionsWithoutRisk = optionsWithoutRisk;
        this.actionsWithoutOption = actionsWithoutOption;
    }

    /**
     * Links the rows of one workspace.
     *
     * @param indicatorRows rows of any worksheet; only {@link Worksheet#INDICATORS} rows are read
     */
    public static PlanChain of(Collection<Risk> risks, Collection<AdaptationOption> options, Collection<PlanAction> actions,
            Collection<WorksheetRow> indicatorRows) {
        Map<String, List<WorksheetRow>> indicatorsByAction = indicatorRows.stream()
                .filter(row -> row.getWorksheet() == Worksheet.INDICATORS)
                .collect(Collectors.groupingBy(row -> row.value("action"), LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<ActionLink>> actionsByOption = new LinkedHashMap<>();
        List<ActionLink> withoutOption = new ArrayList<>();
        for (PlanAction action : actions) {
            ActionLink link = new ActionLink(action, indicatorsByAction.getOrDefault(String.valueOf(action.getId()), List.of()));
            if (action.getOption() == null) {
                withoutOption.add(link);
            } else {
                actionsByOption.computeIfAbsent(action.getOption().getId(), id -> new ArrayList<>()).add(link);
            }
        }
        List<OptionLink> optionLinks = options.stream()
                .map(option -> new OptionLink(option, actionsByOption.getOrDefault(option.getId(), List.of()))).toList();
        Map<Long, List<OptionLink>> optionsByRisk = new HashMap<>(); // each option's risks walked once, in the options' order
        List<OptionLink> withoutRisk = new ArrayList<>();
        for (OptionLink link : optionLinks) {
            List<Risk> answered = link.option().getRisks();
            if (answered.isEmpty()) {
                withoutRisk.add(link);
            }
            answered.forEach(risk -> optionsByRisk.computeIfAbsent(risk.getId(), id -> new ArrayList<>()).add(link));
        }
        List<RiskLink> riskLinks = risks.stream().sorted(Risk.HIGHEST_FIRST)
                .map(risk -> new RiskLink(risk, List.copyOf(optionsByRisk.getOrDefault(risk.getId(), List.of())))).toList();
        return new PlanChain(riskLinks, withoutRisk, withoutOption);
    }

    /** Every risk, highest score first, with what answers it. */
    public List<RiskLink> getRisks() {
        return risks;
    }

    /** The risks that have an option at least, highest first. */
    public List<RiskLink> getAnswered() {
        return risks.stream().filter(link -> !link.options().isEmpty()).toList();
    }

    /** The high and extreme risks that no option answers yet, highest first. */
    public List<Risk> getUnanswered() {
        return risks.stream().filter(RiskLink::isUnanswered).map(RiskLink::risk).toList();
    }

    public List<OptionLink> getOptionsWithoutRisk() {
        return optionsWithoutRisk;
    }

    public List<ActionLink> getActionsWithoutOption() {
        return actionsWithoutOption;
    }

    /** Whether anything at all is linked (a risk with an option). */
    public boolean isEmpty() {
        return risks.stream().allMatch(link -> link.options().isEmpty()) && optionsWithoutRisk.isEmpty() && actionsWithoutOption.isEmpty();
    }

    /** One line of the chain, for tables; a link that is missing is null. */
    public record Path(Risk risk, AdaptationOption option, PlanAction action, WorksheetRow indicator) {
    }

    /** Every path risk → option → action → indicator, the answered risks first (highest first), then the loose ends. */
    public List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        for (RiskLink risk : getAnswered()) {
            for (OptionLink option : risk.options()) {
                addPaths(paths, risk.risk(), option);
            }
        }
        optionsWithoutRisk.forEach(option -> addPaths(paths, null, option));
        actionsWithoutOption.forEach(action -> addPaths(paths, null, null, action));
        return paths;
    }

    private static void addPaths(List<Path> paths, Risk risk, OptionLink option) {
        if (option.actions().isEmpty()) {
            paths.add(new Path(risk, option.option(), null, null));
        }
        option.actions().forEach(action -> addPaths(paths, risk, option.option(), action));
    }

    private static void addPaths(List<Path> paths, Risk risk, AdaptationOption option, ActionLink action) {
        if (action.indicators().isEmpty()) {
            paths.add(new Path(risk, option, action.action(), null));
        }
        for (WorksheetRow indicator : action.indicators()) {
            paths.add(new Path(risk, option, action.action(), indicator));
        }
    }
}
