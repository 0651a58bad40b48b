package org.iclei.africa.resilient.web.tool;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.shared.BusinessException;
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
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/**
 * Each worksheet of the member's workspace as a CSV file, at /tool/export/&lt;worksheet&gt;.csv (the generic
 * worksheets by their slug, and risks, options and actions): UTF-8 with a byte-order mark so that
 * spreadsheets read accents, in the member's language: headers, choices, yes/no, bands, sectors and the meaning of
 * each rating through the bundles, and the language's separators ({@link CsvFormat}: {@code ;} and decimal commas in
 * French and Portuguese); ISO dates; cells that a spreadsheet would run as a formula neutralised. Viewers and ended
 * trials may export too.
 */
@WebServlet("/tool/export/*")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RiskService riskService;

    @Inject
    transient WorksheetService worksheets;

    @Inject
    transient PrioritisationService prioritisation;

    @Inject
    transient ActionPlanService actionPlan;

    @Inject
    transient VisitorLanguage language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/[a-z-]{1,40}\\.csv") || request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = path.substring(1, path.length() - ".csv".length());
        String email = request.getUserPrincipal().getName();
        Locale locale = language.getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
        List<List<String>> table;
        try {
            table = table(name, email, bundle, locale);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (table == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        PrintWriter out = response.getWriter();
        out.write(CsvFormat.of(locale).file(table));
    }

    private List<List<String>> table(String name, String email, ResourceBundle bundle, Locale locale) {
        Optional<Worksheet> sheet = Worksheet.bySlug(name);
        if (sheet.isPresent()) {
            WorksheetService.View view = worksheets.view(email, sheet.get().step());
            CellFormat format = new CellFormat(bundle, locale, view.getActions(), view.getIndicators(), false);
            List<Field> fields = sheet.get().fields();
            List<List<String>> table = new ArrayList<>();
            table.add(fields.stream().map(f -> bundle.getString("ws." + name + "." + f.name())).toList());
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
                    column("tool.action.budget", a -> a.getBudget() == null ? "" : CsvFormat.of(locale).number(a.getBudget().toPlainString())),
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
