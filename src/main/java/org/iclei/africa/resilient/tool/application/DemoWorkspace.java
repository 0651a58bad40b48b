package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.accounts.domain.MunicipalityRepository;
import org.iclei.africa.resilient.accounts.domain.RandomSecrets;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.accounts.domain.PasswordHashing;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.content.domain.CountryRepository;
import org.iclei.africa.resilient.shared.JsonResources;
import org.iclei.africa.resilient.tool.domain.ActionStatus;
import org.iclei.africa.resilient.tool.domain.AdaptationOption;
import org.iclei.africa.resilient.tool.domain.CheckItem;
import org.iclei.africa.resilient.tool.domain.Criterion;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.OptionType;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.Risk;
import org.iclei.africa.resilient.tool.domain.Sector;
import org.iclei.africa.resilient.tool.domain.StepRepository;
import org.iclei.africa.resilient.tool.domain.Worksheet;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.iclei.africa.resilient.tool.domain.WorkspaceRepository;

/**
 * The demo workspace: a fictional municipality with a demo lead account and every step filled in, from
 * {@code demo/workspace.json} — risks spread over the heat map, options scored and ranked, actions,
 * indicators with progress, a review date. It is made once, on the first start of a database that gets
 * demo content, through the same services members use, so every row passes the same checks. Its sign-in
 * is logged once.
 */
@Stateless
public class DemoWorkspace {

    private static final Logger LOG = Logger.getLogger(DemoWorkspace.class.getName());

    static final String SOURCE = "/demo/workspace.json";

    @Inject
    WorkspaceRepository workspaces;

    @Inject
    AccountRepository accounts;

    /** For the demo's country and municipality, which have no repository of their own yet. */
    @Inject
    CountryRepository countries;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    PasswordHashing hasher;

    @Inject
    StepRepository steps;

    @Inject
    WorksheetService worksheets;

    @Inject
    RiskService risks;

    @Inject
    PrioritisationService prioritisation;

    @Inject
    ActionPlanService actionPlan;

    @Inject
    StepService stepService;

    /** Creates the demo workspace and returns the demo lead's generated password; empty when it already exists. */
    public Optional<String> create() {
        String email = Workspace.DEMO_LEAD_EMAIL;
        if (accounts.findByEmail(email).isPresent()) {
            return Optional.empty();
        }
        JsonObject demo = JsonResources.read(SOURCE);
        Country country = countries.findByCode(demo.getString("country")).orElseThrow();
        Municipality municipality = new Municipality(demo.getString("municipality"), country);
        municipalities.add(municipality);
        String password = RandomSecrets.password(20);
        JsonObject about = demo.getJsonObject("lead");
        Account lead = new Account(email, about.getString("fullName"), hasher.hash(password), Role.MEMBER, AccountStatus.UNCONFIRMED, "en");
        lead.describe(about.getString("fullName"), about.getString("jobTitle"), null);
        lead.joinMunicipality(municipality);
        Instant now = Instant.now();
        lead.confirm(now);
        accounts.add(lead);
        Workspace workspace = new Workspace(municipality, true, now, Duration.ofDays(7));
        workspace.grantMembership(now, null);
        workspaces.add(workspace);
        workspaces.addMember(new WorkspaceMember(workspace, lead, MemberRole.LEAD));
        fill(email, demo);
        LOG.warning(() -> "Demo workspace created: sign in as " + email + " with the password " + password
                + " (shown only this once; PORTAL_DEMO=false keeps demo data out of a new database)");
        return Optional.of(password);
    }

    /**
     * Saves each entry of the plan in order. An entry's {@code key} names the row it made, and a value
     * {@code "@key"} stands for that row's id, so that actions carry out options and indicators follow actions.
     */
    private void fill(String email, JsonObject demo) {
        Map<String, Long> ids = new HashMap<>();
        for (JsonObject entry : demo.getJsonArray("plan").getValuesAs(JsonObject.class)) {
            if (entry.containsKey("worksheet")) {
                Map<String, String> values = new LinkedHashMap<>();
                if (entry.containsKey("dateInMonths")) { // a date that stays ahead: the first of the month, so many months from now
                    values.put("date", LocalDate.now().plusMonths(entry.getInt("dateInMonths")).withDayOfMonth(1).toString());
                }
                values.putAll(strings(entry.getJsonObject("values"), ids));
                Worksheet sheet = Worksheet.bySlug(entry.getString("worksheet")).orElseThrow();
                remember(entry, ids, worksheets.save(email, sheet, null, null, values).getId());
            } else if (entry.containsKey("risk")) {
                Risk risk = risks.saveRisk(email, risk(entry.getJsonObject("risk")));
                ids.put("risk:" + risk.getHazard().toLowerCase(Locale.ROOT), risk.getId());
            } else if (entry.containsKey("option")) {
                JsonObject described = entry.getJsonObject("option");
                AdaptationOption option = prioritisation.saveOption(email, option(described, ids));
                prioritisation.saveScores(email, option.getId(), option.getVersion(), criteria(described.getJsonObject("scores")));
                remember(described, ids, option.getId());
            } else if (entry.containsKey("weights")) {
                prioritisation.saveWeights(email, criteria(entry.getJsonObject("weights")));
            } else if (entry.containsKey("action")) {
                JsonObject action = entry.getJsonObject("action");
                remember(action, ids, actionPlan.save(email, action(action, ids)).getId());
            }
        }
        List<Integer> complete = demo.getJsonArray("completeSteps").getValuesAs(JsonNumber.class).stream().map(JsonNumber::intValue).toList();
        for (ProcessStep step : ProcessStep.values()) {
            // every item of a complete step is ticked, half of those of the others
            List<CheckItem> items = steps.checkItems(step);
            boolean done = complete.contains(step.number());
            Set<Long> ticked = items.stream().limit(done ? items.size() : items.size() / 2).map(CheckItem::getId).collect(Collectors.toSet());
            stepService.saveChecks(email, step, ticked, Set.of());
            if (done) {
                stepService.markStep(email, step, true);
            }
        }
    }

    private static void remember(JsonObject entry, Map<String, Long> ids, Long id) {
        if (entry.containsKey("key")) {
            ids.put(entry.getString("key"), id);
        }
    }

    private static Map<String, String> strings(JsonObject values, Map<String, Long> ids) {
        Map<String, String> strings = new LinkedHashMap<>();
        for (String name : values.keySet()) {
            String value = values.getString(name);
            strings.put(name, value.startsWith("@") ? String.valueOf(ids.get(value.substring(1))) : value);
        }
        return strings;
    }

    private static Map<Criterion, Integer> criteria(JsonObject values) {
        Map<Criterion, Integer> byCriterion = new EnumMap<>(Criterion.class);
        values.forEach((name, value) -> byCriterion.put(Criterion.valueOf(name), ((JsonNumber) value).intValue()));
        return byCriterion;
    }

    private static RiskForm risk(JsonObject risk) {
        RiskForm form = new RiskForm();
        form.setHazard(risk.getString("hazard"));
        form.setSector(Sector.valueOf(risk.getString("sector")));
        form.setImpact(risk.getString("impact"));
        form.setLikelihood(risk.getInt("likelihood"));
        form.setConsequence(risk.getInt("consequence"));
        form.setWithinMandate(risk.getBoolean("withinMandate"));
        return form;
    }

    /** An option; its {@code risksAddressed} names the hazards of the risks it answers, separated by semicolons. */
    private static OptionForm option(JsonObject option, Map<String, Long> ids) {
        OptionForm form = new OptionForm();
        form.setName(option.getString("name"));
        for (String hazard : option.getString("risksAddressed").split(";")) {
            form.getRiskIds().add(Objects.requireNonNull(ids.get("risk:" + hazard.strip().toLowerCase(Locale.ROOT)), hazard));
        }
        form.setType(OptionType.valueOf(option.getString("type")));
        form.setLeadDepartment(option.getString("leadDepartment"));
        form.setBuildsOn(option.getString("buildsOn"));
        return form;
    }

    private static ActionForm action(JsonObject action, Map<String, Long> ids) {
        ActionForm form = new ActionForm();
        form.setOptionId(ids.get(action.getString("option")));
        form.setActionText(action.getString("actionText"));
        form.setObjective(action.getString("objective"));
        form.setDepartment(action.getString("department"));
        form.setPartners(action.getString("partners"));
        form.setBudget(new BigDecimal(action.getString("budget")));
        form.setFundingSource(action.getString("fundingSource"));
        form.setStartDate(LocalDate.parse(action.getString("startDate")));
        form.setEndDate(LocalDate.parse(action.getString("endDate")));
        form.setMunicipalPlan(action.getString("municipalPlan"));
        form.setStatus(ActionStatus.valueOf(action.getString("status")));
        return form;
    }
}
