package org.iclei.africa.resilient.web.tool;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.tool.application.ActionPlanService;
import org.iclei.africa.resilient.tool.application.PrioritisationService;
import org.iclei.africa.resilient.tool.application.RiskService;
import org.iclei.africa.resilient.tool.application.WorksheetService;
import org.iclei.africa.resilient.tool.domain.AdaptationOption;
import org.iclei.africa.resilient.tool.domain.Criterion;
import org.iclei.africa.resilient.tool.domain.Field;
import org.iclei.africa.resilient.tool.domain.PlanAction;
import org.iclei.africa.resilient.tool.domain.Ranking;
import org.iclei.africa.resilient.tool.domain.Risk;
import org.iclei.africa.resilient.tool.domain.Worksheet;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;
import org.iclei.africa.resilient.web.support.MoneyFormat;
import org.iclei.africa.resilient.tool.domain.FieldType;
import org.iclei.africa.resilient.tool.domain.ProcessStep;

/**
 * The worksheets of the member's workspace as tables of text for CSV files ({@link ExportServlet}): the header row
 * then one line per row, in the member's language. Sums are plain numbers with the language's decimal mark, their
 * column header naming the workspace's currency ({@code Budget (XOF)}).
 */
@RequestScoped
public class ExportTables {

    @Inject
    RiskService riskService;

    @Inject
    WorksheetService worksheets;

    @Inject
    PrioritisationService prioritisation;

    @Inject
    ActionPlanService actionPlan;

    /** Every worksheet's name, in the order of the steps: the generic worksheets by slug, and risks, options and actions. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        for (ProcessStep step : ProcessStep.values()) {
            Worksheet.ofStep(step).forEach(w -> names.add(w.slug()));
            switch (step) {
                case IMPACTS_AND_RISKS -> names.add("risks");
                case ADAPTATION_OPTIONS -> names.add("options");
                case ACTION_PLAN -> names.add("actions");
                default -> {
                    // the generic worksheets are the whole step
                }
            }
        }
        return names;
    }

    /** The workspace the member exports. */
    String workspaceName(String email) {
        return worksheets.view(email, ProcessStep.values()[0]).getWorkspace().getName();
    }

    /** The table of the named worksheet, or null when there is no such worksheet. */
    List<List<String>> table(String name, String email, ResourceBundle bundle, Locale locale) {
        Optional<Worksheet> sheet = Worksheet.bySlug(name);
        if (sheet.isPresent()) {
            WorksheetService.View view = worksheets.view(email, sheet.get().step());
            CellFormat format = CellFormat.of(bundle, locale, view, false);
            List<Field> fields = sheet.get().fields();
            List<List<String>> table = new ArrayList<>();
            table.add(fields.stream().map(f -> header(bundle.getString("ws." + name + "." + f.name()), f.type() == FieldType.AMOUNT, view)).toList());
            for (WorksheetRow row : worksheets.rows(email, sheet.get())) {
                table.add(fields.stream().map(f -> format.format(row, f)).toList());
            }
            return table;
        }
        return switch (name) {
            case "risks" -> rows(riskService.risks(email).risks(), bundle, List.of(
                    column("tool.risk.hazard", Risk::getHazard),
                    column("tool.risk.sector", r -> bundle.getString("Sector." + r.getSector())),
                    column("tool.risk.impact", Risk::getImpact),
                    column("tool.risk.likelihood", r -> String.valueOf(r.getLikelihood())),
                    column("tool.risk.likelihood.meaning", r -> bundle.getString("scale.likelihood." + r.getLikelihood())),
                    column("tool.risk.consequence", r -> String.valueOf(r.getConsequence())),
                    column("tool.risk.consequence.meaning", r -> bundle.getString("scale.consequence." + r.getConsequence())),
                    column("tool.risk.score", r -> String.valueOf(r.getScore())),
                    column("tool.risk.band", r -> bundle.getString("RiskBand." + r.getBand())),
                    column("tool.risk.mandate", r -> bundle.getString(r.isWithinMandate() ? "tool.yes" : "tool.no"))));
            case "options" -> options(email, bundle, CsvFormat.of(locale));
            case "actions" -> rows(actionPlan.view(email).getActions(), bundle, List.of(
                    column("tool.action.option", a -> a.getOption() == null ? "" : a.getOption().getName()),
                    column("tool.option.answers", a -> a.getOption() == null ? "" : a.getOption().getRiskNames()),
                    column("tool.action.text", PlanAction::getActionText),
                    column("tool.action.objective", PlanAction::getObjective),
                    column("tool.option.department", PlanAction::getDepartment),
                    column("tool.action.partners", a -> text(a.getPartners())),
                    column(MoneyFormat.header(bundle.getString("tool.action.budget"), worksheets.view(email, ProcessStep.ACTION_PLAN).getWorkspace().getCurrency()), a -> a.getBudget() == null ? "" : CsvFormat.of(locale).number(a.getBudget().toPlainString())),
                    column("tool.action.funding", a -> text(a.getFundingSource())),
                    column("tool.action.start", a -> a.getStartDate() == null ? "" : a.getStartDate().toString()),
                    column("tool.action.end", a -> a.getEndDate() == null ? "" : a.getEndDate().toString()),
                    column("tool.action.plan", a -> text(a.getMunicipalPlan())),
                    column("tool.action.status", a -> bundle.getString("ActionStatus." + a.getStatus()))));
            default -> null;
        };
    }

    private List<List<String>> options(String email, ResourceBundle bundle, CsvFormat csv) {
        PrioritisationService.View view = prioritisation.view(email);
        Map<Long, Ranking.Ranked> ranks = view.getRanking().stream().collect(Collectors.toMap(r -> r.candidate().id(), r -> r));
        List<Column<AdaptationOption>> columns = new ArrayList<>(List.of(
                column("tool.option.name", AdaptationOption::getName),
                column("tool.option.answers", AdaptationOption::getRiskNames),
                column("tool.option.riskNote", o -> text(o.getRiskNote())),
                column("tool.option.type", o -> bundle.getString("OptionType." + o.getType())),
                column("tool.option.department", AdaptationOption::getLeadDepartment),
                column("tool.option.buildsOn", o -> text(o.getBuildsOn()))));
        for (Criterion criterion : Criterion.values()) {
            columns.add(new Column<>(bundle.getString("Criterion." + criterion),
                    o -> o.getScores().get(criterion) == null ? "" : String.valueOf(o.getScores().get(criterion))));
        }
        columns.add(column("tool.ranking.score", o -> ranks.containsKey(o.getId()) ? csv.number(String.format(Locale.ROOT, "%.3f", ranks.get(o.getId()).score())) : ""));
        columns.add(new Column<>("#", o -> ranks.containsKey(o.getId()) ? String.valueOf(ranks.get(o.getId()).rank()) : ""));
        return rows(view.getOptions(), bundle, columns);
    }

    private static String header(String header, boolean amount, WorksheetService.View view) {
        return amount ? MoneyFormat.header(header, view.getWorkspace().getCurrency()) : header;
    }

    private record Column<T>(String header, Function<T, String> value) {
    }

    private static <T> Column<T> column(String key, Function<T, String> value) {
        return new Column<>(key, value);
    }

    private static <T> List<List<String>> rows(List<T> items, ResourceBundle bundle, List<Column<T>> columns) {
        List<List<String>> table = new ArrayList<>();
        table.add(columns.stream().map(c -> bundle.containsKey(c.header()) ? bundle.getString(c.header()) : c.header()).toList());
        for (T item : items) {
            table.add(columns.stream().map(c -> text(c.value().apply(item))).toList());
        }
        return table;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
