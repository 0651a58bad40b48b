package org.iclei.africa.resilient.tool;

import static org.iclei.africa.resilient.tool.ToolFixture.action;
import static org.iclei.africa.resilient.tool.ToolFixture.outcome;
import static org.iclei.africa.resilient.tool.ToolFixture.risk;
import static org.iclei.africa.resilient.tool.ToolFixture.weights;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.infrastructure.PasswordHasher;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.tool.application.ActionForm;
import org.iclei.africa.resilient.tool.application.ActionPlanService;
import org.iclei.africa.resilient.tool.application.InvalidRowException;
import org.iclei.africa.resilient.tool.application.MemberAccess;
import org.iclei.africa.resilient.tool.application.MembersService;
import org.iclei.africa.resilient.tool.application.PrioritisationService;
import org.iclei.africa.resilient.tool.application.RiskService;
import org.iclei.africa.resilient.tool.domain.ActionStatus;
import org.iclei.africa.resilient.tool.domain.EditableRow;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.PlanAction;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.StepStatus;
import org.iclei.africa.resilient.tool.domain.Worksheet;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, every action on the worksheets, risks, options, actions and steps as each kind of
 * account — lead, editor, viewer, an editor whose trial has ended, a member of another municipality, and an
 * account with no workspace — so that the rules hold even for a request no page would send. Also: stale and
 * invalid saves, step status, rows still in use, and an ended trial over HTTP. Members: {@link ToolMembersIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RequiresDatabase
class ToolWorksheetsIT extends ToolServicesSetup {

    @Deployment
    static WebArchive deployment() {
        return deploymentOf(ToolWorksheetsIT.class);
    }

    @Inject
    RiskService risks;

    @Inject
    PrioritisationService prioritisation;

    @Inject
    ActionPlanService actionPlan;

    @Inject
    PasswordHasher hasher;

    @ArquillianResource
    URL base;

    private WorksheetRow coreTeamRow(String name) {
        return worksheets.save(lead, Worksheet.CORE_TEAM, null, null, Map.of("name", name, "department", "Planning", "role", "Coordinator"));
    }

    /** One action for every account, and what each one gets. */
    private void matrix(String action, Consumer<String> run, String forLead, String forEditor, String forStranger) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(lead, forLead);
        expected.put(editor, forEditor);
        expected.put(viewer, MemberAccess.READ_ONLY);
        expected.put(expired, MemberAccess.READ_ONLY);
        expected.put(stranger, forStranger);
        expected.put(nobody, MemberAccess.NO_WORKSPACE);
        expected.forEach((email, outcome) -> assertEquals(outcome, outcome(() -> run.accept(email)), action + " as " + email));
    }

    @Test
    void everyActionChecksTheAccountsRoleTrialAndWorkspace() {
        String ok = "OK";
        String notFound = EditableRow.ROW_NOT_FOUND;
        matrix("add a worksheet row", email -> worksheets.save(email, Worksheet.DATA_GAPS, null, null, Map.of("gap", "Flood maps")), ok, ok, ok);
        matrix("edit a worksheet row", email -> {
            WorksheetRow row = coreTeamRow("Edited by " + email);
            worksheets.save(email, Worksheet.CORE_TEAM, row.getId(), row.getVersion(), Map.of("name", "X", "department", "Y", "role", "Z"));
        }, ok, ok, notFound);
        matrix("delete a worksheet row", email -> {
            WorksheetRow row = coreTeamRow("Deleted by " + email);
            worksheets.delete(email, row.getId(), row.getVersion());
        }, ok, ok, notFound);
        matrix("tick check items", email -> steps.saveChecks(email, ProcessStep.GETTING_STARTED, Set.of(), Set.of()), ok, ok, ok);
        matrix("mark a step complete", email -> steps.markStep(email, ProcessStep.CLIMATE_BASELINE, true), ok, ok, ok);
        matrix("add a risk", email -> risks.saveRisk(email, risk()), ok, ok, ok);
        matrix("delete a risk", email -> {
            var risk = risks.saveRisk(lead, risk());
            risks.deleteRisk(email, risk.getId(), risk.getVersion());
        }, ok, ok, notFound);
        matrix("save the weights", email -> prioritisation.saveWeights(email, weights()), ok, ok, ok);
        matrix("add an action", email -> actionPlan.save(email, fixture.actionOf(email)), ok, ok, ok);
        matrix("delete an action", email -> {
            var action = actionPlan.save(lead, fixture.actionOf(lead));
            actionPlan.delete(email, action.getId(), action.getVersion());
        }, ok, ok, notFound);
        matrix("delete an option", email -> {
            var option = prioritisation.saveOption(lead, fixture.option("Drains " + System.nanoTime()));
            prioritisation.deleteOption(email, option.getId(), option.getVersion());
        }, ok, ok, notFound);
        matrix("invite a colleague", email -> members.invite(email, "invitee." + System.nanoTime() + "@example.org", MemberRole.VIEWER, "it-" + System.nanoTime()),
                ok, MembersService.LEAD_ONLY, ok);
        long viewerMember = access.membership(viewer).orElseThrow().getId();
        matrix("change a role", email -> members.changeRole(email, viewerMember, MemberRole.VIEWER), ok, MembersService.LEAD_ONLY, notFound);
    }

    @Test
    void everyMemberReadsOnlyTheirOwnWorkspace() {
        WorksheetRow row = coreTeamRow("Only in Marracuene");
        for (String email : List.of(lead, editor, viewer)) {
            assertEquals(workspace, worksheets.view(email, ProcessStep.GETTING_STARTED).workspace());
            assertEquals(row, worksheets.row(email, row.getId()));
        }
        assertEquals(fixture.endedWorkspace, worksheets.view(expired, ProcessStep.GETTING_STARTED).workspace());
        assertEquals(EditableRow.ROW_NOT_FOUND, outcome(() -> worksheets.row(expired, row.getId())));
        assertTrue(worksheets.view(stranger, ProcessStep.GETTING_STARTED).getSheets().stream()
                .allMatch(sheet -> sheet.getRows().stream().noneMatch(r -> r.getWorkspace().equals(workspace))));
        assertEquals(EditableRow.ROW_NOT_FOUND, outcome(() -> worksheets.row(stranger, row.getId())));
        assertEquals(MemberAccess.NO_WORKSPACE, outcome(() -> worksheets.view(nobody, ProcessStep.GETTING_STARTED)));
        assertEquals(MemberAccess.NO_WORKSPACE, outcome(() -> steps.statuses(nobody)));
    }

    @Test
    void aStaleSaveOfAWorksheetRowIsRefusedWithWhoAndWhenAndChangesNothing() {
        WorksheetRow row = coreTeamRow("Amina");
        long version = row.getVersion();
        worksheets.save(editor, Worksheet.CORE_TEAM, row.getId(), version, Map.of("name", "Amina Tembe", "department", "Planning", "role", "Lead"));
        BusinessException stale = assertThrows(BusinessException.class, () -> worksheets.save(lead, Worksheet.CORE_TEAM, row.getId(), version,
                Map.of("name", "Amina T.", "department", "Water", "role", "Lead")));
        assertEquals(EditableRow.CONFLICT, stale.getMessageKey());
        assertTrue(String.valueOf(stale.getArguments()[0]).startsWith("editor "), "names who saved first");
        assertTrue(stale.getArguments()[1] instanceof Instant);
        assertEquals("Amina Tembe", worksheets.row(lead, row.getId()).value("name"));

        long weights = prioritisation.view(lead).weightsVersion();
        prioritisation.saveWeights(editor, weights(), weights);
        assertEquals(EditableRow.CONFLICT, outcome(() -> prioritisation.saveWeights(lead, weights(), weights)), "weights too");
    }

    @Test
    void anInvalidRowIsRefusedFieldByFieldAndAOneRowWorksheetStaysOneRow() {
        InvalidRowException invalid = assertThrows(InvalidRowException.class,
                () -> worksheets.save(lead, Worksheet.STAKEHOLDERS, null, null, Map.of("organisation", "Fishers", "influence", "9")));
        assertEquals(Map.of("group", Worksheet.REQUIRED, "influence", Worksheet.NOT_A_RATING, "interest", Worksheet.REQUIRED),
                invalid.getFieldErrors());
        worksheets.save(lead, Worksheet.REVIEW, null, null, Map.of("date", "2027-06-01"));
        assertEquals(Worksheet.ONLY_ONE, outcome(() -> worksheets.save(lead, Worksheet.REVIEW, null, null, Map.of("date", "2027-07-01"))));
        worksheets.save(lead, Worksheet.CAPACITY, null, null, Map.of("dimension", "skills", "level", "low", "evidence", "No training"));
        InvalidRowException twice = assertThrows(InvalidRowException.class, () -> worksheets.save(editor, Worksheet.CAPACITY, null, null,
                Map.of("dimension", "skills", "level", "high", "evidence", "Trained")));
        assertEquals(Map.of("dimension", Worksheet.DUPLICATE), twice.getFieldErrors());
    }

    @Test
    void stepStatusFollowsRowsTicksAndTheEditorsMark() {
        assertEquals(StepStatus.NOT_STARTED, steps.statuses(lead).get(ProcessStep.VULNERABILITY));
        worksheets.save(lead, Worksheet.DATA_GAPS, null, null, Map.of("gap", "Ward population"));
        assertEquals(StepStatus.IN_PROGRESS, steps.statuses(viewer).get(ProcessStep.VULNERABILITY));
        steps.markStep(editor, ProcessStep.VULNERABILITY, true);
        assertEquals(StepStatus.COMPLETE, steps.statuses(viewer).get(ProcessStep.VULNERABILITY));
        steps.markStep(editor, ProcessStep.VULNERABILITY, false);
        assertEquals(StepStatus.IN_PROGRESS, steps.statuses(viewer).get(ProcessStep.VULNERABILITY));
        long item = steps.panel(lead, ProcessStep.MONITORING, "fr").getChecks().get(0).getId();
        steps.saveChecks(editor, ProcessStep.MONITORING, Set.of(item), Set.of());
        var panel = steps.panel(viewer, ProcessStep.MONITORING, "pt");
        assertEquals(StepStatus.IN_PROGRESS, panel.getStatus(), "a ticked item starts the step");
        assertTrue(panel.getChecks().get(0).isTicked() && panel.getChecks().get(0).getTickedBy().startsWith("editor "));
        assertTrue(!panel.getGuidance().isEmpty() && !panel.getExamples().isEmpty(), "guidance in Portuguese");

        long other = panel.getChecks().get(1).getId();
        steps.saveChecks(lead, ProcessStep.MONITORING, Set.of(other), Set.of()); // a form shown before the editor's tick
        var both = steps.panel(viewer, ProcessStep.MONITORING, "en").getChecks();
        assertTrue(both.get(0).isTicked() && both.get(1).isTicked(), "a colleague's tick in between is kept");
        steps.saveChecks(lead, ProcessStep.MONITORING, Set.of(), Set.of(item));
        assertTrue(!steps.panel(viewer, ProcessStep.MONITORING, "en").getChecks().get(0).isTicked(), "and an untick applies");
    }

    @Test
    void optionsAndActionsStillInUseAreNotDeleted() {
        var option = prioritisation.saveOption(lead, fixture.option("Mangroves"));
        ActionForm form = action();
        form.setOptionId(option.getId());
        var action = actionPlan.save(lead, form);
        assertEquals(PrioritisationService.IN_USE, outcome(() -> prioritisation.deleteOption(editor, option.getId(), option.getVersion())));
        worksheets.save(lead, Worksheet.INDICATORS, null, null, Map.of("action", String.valueOf(action.getId()), "indicator", "Hectares",
                "baseline", "0", "target", "20", "frequency", "yearly", "owner", "Environment"));
        assertEquals(ActionPlanService.IN_USE, outcome(() -> actionPlan.delete(editor, action.getId(), action.getVersion())));
        assertEquals(EditableRow.CONFLICT, outcome(() -> actionPlan.delete(editor, action.getId(), action.getVersion() - 1)));
    }

    static final List<String> TOOL_URLS = List.of("tool", "tool/steps/getting-started", "tool/steps/climate-baseline",
            "tool/steps/impacts-and-risks", "tool/steps/vulnerability", "tool/steps/adaptation-options", "tool/steps/prioritisation",
            "tool/steps/action-plan", "tool/steps/monitoring", "tool/members", "tool/report", "tool/report.pdf",
            "tool/export/core-team.csv", "tool/export/risks.csv", "tool/export/options.csv", "tool/export/actions.csv");

    @Test
    void anEditorOfAWorkspaceWhoseTrialEndedReadsAndExportsEveryToolUrlButChangesNothing() throws Exception {
        String password = "trial-ended-but-reading-42";
        coreTeamRow("Seen after the trial");
        tx.begin();
        Account account = em.createQuery("select a from Account a where a.email = :e", Account.class).setParameter("e", editor).getSingleResult();
        account.changePassword(hasher.hash(password), Instant.now().minusSeconds(5));
        em.find(Workspace.class, workspace.getId()).endTrial(Instant.now());
        // an action from before actions had to carry out an option (V20): the actions CSV still lists it
        PlanAction legacy = new PlanAction(em.find(Workspace.class, workspace.getId()));
        legacy.edit(null, "Legacy action without an option", "Kept", "Works", null, null, null, null, null, null, ActionStatus.PLANNED, "test");
        em.persist(legacy);
        tx.commit();
        String expired = editor;
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&email=" + URLEncoder.encode(expired, StandardCharsets.UTF_8)
                        + "&password=" + password + "&sign-in=x&jakarta.faces.ViewState=stateless")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), login.body());
        // JSESSIONID and Payara's JSESSIONIDVERSION, as a browser sends them back (sessions are distributable)
        String cookie = String.join("; ", login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .map(c -> c.split(";", 2)[0]).toList());
        for (String url : TOOL_URLS) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + url)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), url);
            if (url.endsWith("actions.csv")) {
                assertTrue(page.body().contains("\"\",\"Legacy action without an option\""), page.body());
            }
        }
        String step = http.send(HttpRequest.newBuilder(URI.create(base + "tool/steps/getting-started")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(step.contains("Seen after the trial") && step.contains("id=\"read-only\""), step);
        assertTrue(!step.contains("id=\"form-core-team\"") && !step.contains("id=\"save-checks\""), "no forms to change anything");
        java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"")
                .matcher(step);
        assertTrue(state.find());
        String forged = "form-core-team=form-core-team&sheet=core-team&rowId=&rowVersion=&f.name=Forged&f.department=X&f.role=Y"
                + "&save-core-team=x&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + "tool/steps/getting-started")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(forged)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(worksheets.rows(lead, Worksheet.CORE_TEAM).stream().noneMatch(r -> r.value("name").equals("Forged")));
    }
}
