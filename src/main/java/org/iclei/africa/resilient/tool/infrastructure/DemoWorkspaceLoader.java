package org.iclei.africa.resilient.tool.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.accounts.domain.RandomSecrets;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.accounts.infrastructure.PasswordHasher;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.tool.application.ActionForm;
import org.iclei.africa.resilient.tool.application.ActionPlanService;
import org.iclei.africa.resilient.tool.application.OptionForm;
import org.iclei.africa.resilient.tool.application.PrioritisationService;
import org.iclei.africa.resilient.tool.application.RiskForm;
import org.iclei.africa.resilient.tool.application.StepService;
import org.iclei.africa.resilient.tool.application.WorksheetService;
import org.iclei.africa.resilient.tool.application.WorkspaceService;
import org.iclei.africa.resilient.tool.domain.ActionStatus;
import org.iclei.africa.resilient.tool.domain.AdaptationOption;
import org.iclei.africa.resilient.tool.domain.CheckItem;
import org.iclei.africa.resilient.tool.domain.Criterion;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.OptionType;
import org.iclei.africa.resilient.tool.domain.PlanAction;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.Sector;
import org.iclei.africa.resilient.tool.domain.Worksheet;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;

/**
 * The demo workspace: a fictional municipality, "Mvula Bay (demo)", with a demo lead account and every
 * step filled in — risks spread over the heat map, options scored and ranked, actions, indicators with
 * progress, a review date. It is made once, on the first start of a database that gets demo content, and
 * through the same services members use, so every row passes the same checks. Its sign-in is logged once.
 */
@Stateless
public class DemoWorkspaceLoader {

    private static final Logger LOG = Logger.getLogger(DemoWorkspaceLoader.class.getName());

    static final String DEMO_EMAIL = Workspace.DEMO_LEAD_EMAIL;
    static final String DEMO_MUNICIPALITY = "Mvula Bay (demo)";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    WorkspaceService workspaces;

    @Inject
    PrioritisationService prioritisation;

    @Inject
    ActionPlanService actionPlan;

    @Inject
    WorksheetService worksheets;

    @Inject
    StepService steps;

    /** Creates the demo workspace and returns the demo lead's generated password; empty when it already exists. */
    public Optional<String> create() {
        boolean exists = accounts.findByEmail(DEMO_EMAIL).isPresent();
        if (exists) {
            return Optional.empty();
        }
        Country country = em.createQuery("select c from Country c where c.code = 'MZ'", Country.class).getSingleResult();
        Municipality municipality = new Municipality(DEMO_MUNICIPALITY, country);
        em.persist(municipality);
        String password = RandomSecrets.password(20);
        Account lead = new Account(DEMO_EMAIL, "Demo Lead (demo)", hasher.hash(password), Role.MEMBER, AccountStatus.UNCONFIRMED, "en");
        lead.describe("Demo Lead (demo)", "Head of climate adaptation (demo)", null);
        lead.joinMunicipality(municipality);
        Instant now = Instant.now();
        lead.confirm(now, Duration.ofDays(7));
        lead.grantMembership(now);
        em.persist(lead);
        Workspace workspace = new Workspace(municipality, true);
        em.persist(workspace);
        em.persist(new WorkspaceMember(workspace, lead, MemberRole.LEAD));
        em.flush();
        fill(DEMO_EMAIL);
        LOG.warning(() -> "Demo workspace created: sign in as " + DEMO_EMAIL + " with the password " + password
                + " (shown only this once; PORTAL_DEMO=false keeps demo data out of a new database)");
        return Optional.of(password);
    }

    private void fill(String email) {
        row(email, Worksheet.MANDATE, "granted", "yes", "date", "2026-02-12", "reference", "Council resolution 14/2026 (demo)");
        row(email, Worksheet.CORE_TEAM, "name", "Amina Tembe (demo)", "department", "Planning", "role", "Coordinator");
        row(email, Worksheet.CORE_TEAM, "name", "Jorge Mabunda (demo)", "department", "Water and sanitation", "role", "Risk analysis");
        row(email, Worksheet.CORE_TEAM, "name", "Lucia Nhantumbo (demo)", "department", "Disaster management", "role", "Stakeholder liaison");
        row(email, Worksheet.STAKEHOLDERS, "organisation", "Ward committees of the coastal wards", "group", "community", "influence", "3",
                "interest", "5", "engagement", "Monthly ward meetings");
        row(email, Worksheet.STAKEHOLDERS, "organisation", "Provincial water utility", "group", "local-government", "influence", "5",
                "interest", "4", "engagement", "Joint technical committee");
        row(email, Worksheet.STAKEHOLDERS, "organisation", "University climate research unit", "group", "research", "influence", "2",
                "interest", "5", "engagement", "Projections and data");
        row(email, Worksheet.STAKEHOLDERS, "organisation", "Fishers' association", "group", "civil-society", "influence", "2",
                "interest", "5", "engagement", "Focus groups");
        row(email, Worksheet.COMMUNICATION, "audience", "Residents of flood-prone wards", "message", "What the plan does for your ward and how to take part",
                "channel", "Community radio and ward meetings", "timing", "Quarterly", "responsible", "Communications office");
        row(email, Worksheet.WEATHER_EVENTS, "date", "2023-02-18", "hazard", "Coastal flooding", "place", "Praia ward",
                "impacts", "300 homes flooded, main road closed for 4 days", "cost", "1200000", "response", "Emergency shelters, drains cleared",
                "source", "Disaster management report");
        row(email, Worksheet.WEATHER_EVENTS, "date", "2019-03-14", "hazard", "Tropical cyclone", "place", "Whole municipality",
                "impacts", "Roofs and power lines down, clinics closed", "cost", "5400000", "response", "National relief, rebuilding programme",
                "source", "National disaster agency");
        row(email, Worksheet.WEATHER_EVENTS, "date", "2016-11-02", "hazard", "Drought", "place", "Peri-urban farms", "impacts",
                "Harvest lost, water rationing", "response", "Water trucking", "source", "Agriculture office");
        row(email, Worksheet.PROJECTIONS, "variable", "Sea level", "direction", "increase", "magnitude", "+0.2 to +0.4 m", "horizon", "2060",
                "scenario", "SSP2-4.5", "confidence", "high", "source", "Regional climate atlas");
        row(email, Worksheet.PROJECTIONS, "variable", "Extreme rainfall", "direction", "increase", "magnitude", "+10 to +20 %", "horizon",
                "2050", "scenario", "SSP2-4.5", "confidence", "medium", "source", "University climate research unit");
        row(email, Worksheet.PROJECTIONS, "variable", "Hot days above 35 °C", "direction", "increase", "magnitude", "+15 to +30 days a year",
                "horizon", "2050", "confidence", "high", "source", "Regional climate atlas");

        risk(email, "Coastal flooding", Sector.INFORMAL_SETTLEMENTS, "Homes in low-lying wards flooded more often", 5, 4, true);
        risk(email, "Extreme rainfall", Sector.INFRASTRUCTURE, "Storm-water drains overwhelmed, roads washed away", 4, 4, true);
        risk(email, "Drought", Sector.WATER, "Reservoir too low to supply the town in dry years", 3, 5, true);
        risk(email, "Heatwaves", Sector.HEALTH, "Heat stress among the elderly and outdoor workers", 4, 3, true);
        risk(email, "Saltwater intrusion", Sector.FOOD, "Salinised wells and fields near the estuary", 3, 3, false);
        risk(email, "Coastal erosion", Sector.BIODIVERSITY, "Mangroves and dunes lost", 2, 3, true);
        risk(email, "Tropical cyclone", Sector.ECONOMY, "Port and fish market closed for weeks", 2, 5, false);
        risk(email, "Vector-borne disease", Sector.HEALTH, "More malaria after floods", 1, 3, false);

        row(email, Worksheet.VULNERABLE, "group", "Informal settlement residents", "place", "Praia ward", "latitude", "-25.9692", "longitude",
                "32.5732", "sensitivity", "5", "notes", "Houses on the flood plain, no drains");
        row(email, Worksheet.VULNERABLE, "group", "Small-scale fishers", "place", "Estuary landing sites", "sensitivity", "4");
        row(email, Worksheet.VULNERABLE, "group", "Elderly people living alone", "place", "Old town", "sensitivity", "4");
        row(email, Worksheet.CAPACITY, "dimension", "awareness", "level", "medium", "evidence", "Councillors briefed; residents aware of floods, less of heat");
        row(email, Worksheet.CAPACITY, "dimension", "skills", "level", "low", "evidence", "No staff trained in climate risk assessment");
        row(email, Worksheet.CAPACITY, "dimension", "knowledge", "level", "medium", "evidence", "Flood records kept since 2010; few local projections");
        row(email, Worksheet.CAPACITY, "dimension", "decision-making", "level", "high", "evidence", "Council resolution and a standing committee");
        row(email, Worksheet.DATA_GAPS, "gap", "Flood depth maps per ward", "importance", "Needed to site drains and shelters",
                "filling", "Survey with the university", "responsible", "Planning");

        AdaptationOption drains = option(email, "Upgrade storm-water drains in flood-prone wards", "Extreme rainfall; coastal flooding",
                OptionType.NO_REGRET, "Roads and drainage", "Road maintenance programme", 5, 3, 4, 4, 3, 5, 5);
        AdaptationOption mangroves = option(email, "Restore mangroves along the estuary", "Coastal flooding; coastal erosion",
                OptionType.WIN_WIN, "Environment", "Community mangrove project", 4, 2, 4, 3, 5, 5, 3);
        AdaptationOption warning = option(email, "Early-warning system by SMS and radio", "Coastal flooding; tropical cyclone; heatwaves",
                OptionType.LOW_REGRET, "Disaster management", "Disaster committees", 4, 1, 5, 4, 3, 4, 4);
        AdaptationOption reservoir = option(email, "Second reservoir with rainwater harvesting", "Drought", OptionType.FLEXIBLE,
                "Water and sanitation", "Water master plan", 5, 5, 3, 3, 3, 3, 3);
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            weights.put(criterion, criterion == Criterion.EFFECTIVENESS || criterion == Criterion.URGENCY ? 8 : 5);
        }
        prioritisation.saveWeights(email, weights);

        PlanAction drainAction = action(email, drains, "Clear and enlarge the drains of Praia and Chamanculo wards", "Drains carry a 1-in-10-year storm",
                "Roads and drainage", "Ward committees", "850000", "Municipal budget and climate fund", "2026-04-01", "2027-03-31",
                "Integrated development plan 2026–2030", ActionStatus.UNDER_WAY);
        PlanAction mangroveAction = action(email, mangroves, "Plant 20 ha of mangroves with fishers' groups", "20 ha planted, 70 % survival",
                "Environment", "Fishers' association; university", "120000", "Donor grant", "2026-06-01", "2028-05-31",
                "Coastal management plan", ActionStatus.PLANNED);
        action(email, warning, "Set up SMS flood and heat alerts", "Alerts reach 80 % of households in flood-prone wards",
                "Disaster management", "Mobile operators; community radio", "60000", "Municipal budget", "2026-01-15", "2026-06-30",
                "Disaster management plan", ActionStatus.DONE);
        action(email, reservoir, "Feasibility study for a second reservoir", "Study approved by council", "Water and sanitation",
                "Provincial water utility", "90000", "Provincial grant", "2026-09-01", "2027-02-28", "Water master plan", ActionStatus.STALLED);

        WorksheetRow drainIndicator = row(email, Worksheet.INDICATORS, "action", String.valueOf(drainAction.getId()), "indicator",
                "Households flooded in a 1-in-10-year storm", "baseline", "300 (2023)", "target", "under 50", "frequency", "yearly",
                "owner", "Roads and drainage", "lessons", "Blocked drains matter as much as their size");
        WorksheetRow mangroveIndicator = row(email, Worksheet.INDICATORS, "action", String.valueOf(mangroveAction.getId()), "indicator",
                "Hectares of mangroves planted and surviving", "baseline", "0 ha", "target", "20 ha, 70 % surviving", "frequency", "twice-yearly",
                "owner", "Environment");
        row(email, Worksheet.PROGRESS, "indicator", String.valueOf(drainIndicator.getId()), "date", "2026-10-30", "value", "180 households",
                "note", "Two of five drains done");
        row(email, Worksheet.PROGRESS, "indicator", String.valueOf(mangroveIndicator.getId()), "date", "2026-09-15", "value", "4 ha, 85 % surviving");
        row(email, Worksheet.REVIEW, "date", LocalDate.now().plusMonths(6).withDayOfMonth(1).toString(), "scope",
                "Update the risks with the new flood maps; re-score the options");

        for (ProcessStep step : ProcessStep.values()) {
            List<CheckItem> items = em.createNamedQuery("CheckItem.findByStep", CheckItem.class).setParameter("step", step.number()).getResultList();
            int ticked = step.number() <= 4 ? items.size() : items.size() / 2;
            Set<Long> ids = items.stream().limit(ticked).map(CheckItem::getId).collect(Collectors.toSet());
            steps.saveChecks(email, step, ids, Set.of());
            if (step.number() <= 4) {
                workspaces.markStep(email, step, true);
            }
        }
    }

    private WorksheetRow row(String email, Worksheet sheet, String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return worksheets.save(email, sheet, null, null, values);
    }

    private void risk(String email, String hazard, Sector sector, String impact, int likelihood, int consequence, boolean mandate) {
        RiskForm form = new RiskForm();
        form.setHazard(hazard);
        form.setSector(sector);
        form.setImpact(impact);
        form.setLikelihood(likelihood);
        form.setConsequence(consequence);
        form.setWithinMandate(mandate);
        workspaces.saveRisk(email, form);
    }

    private AdaptationOption option(String email, String name, String risks, OptionType type, String department, String buildsOn,
            int... scores) {
        OptionForm form = new OptionForm();
        form.setName(name);
        form.setRisksAddressed(risks);
        form.setType(type);
        form.setLeadDepartment(department);
        form.setBuildsOn(buildsOn);
        Map<Criterion, Integer> byCriterion = new HashMap<>();
        Criterion[] criteria = Criterion.values();
        for (int i = 0; i < criteria.length; i++) {
            byCriterion.put(criteria[i], scores[i]);
        }
        form.getScores().putAll(byCriterion);
        return prioritisation.saveOption(email, form);
    }

    private PlanAction action(String email, AdaptationOption option, String text, String objective, String department, String partners,
            String budget, String funding, String start, String end, String plan, ActionStatus status) {
        ActionForm form = new ActionForm();
        form.setOptionId(option.getId());
        form.setActionText(text);
        form.setObjective(objective);
        form.setDepartment(department);
        form.setPartners(partners);
        form.setBudget(new BigDecimal(budget));
        form.setFundingSource(funding);
        form.setStartDate(LocalDate.parse(start));
        form.setEndDate(LocalDate.parse(end));
        form.setMunicipalPlan(plan);
        form.setStatus(status);
        return actionPlan.save(email, form);
    }
}
