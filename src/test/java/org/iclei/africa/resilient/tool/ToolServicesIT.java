package org.iclei.africa.resilient.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.iclei.africa.resilient.accounts.application.AccountConfirmed;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.accounts.infrastructure.PasswordHasher;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.support.PortalDeployment;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.tool.application.ActionForm;
import org.iclei.africa.resilient.tool.application.ActionPlanService;
import org.iclei.africa.resilient.tool.application.InvalidRowException;
import org.iclei.africa.resilient.tool.application.MembersService;
import org.iclei.africa.resilient.tool.application.OptionForm;
import org.iclei.africa.resilient.tool.application.PrioritisationService;
import org.iclei.africa.resilient.tool.application.RiskForm;
import org.iclei.africa.resilient.tool.application.StepService;
import org.iclei.africa.resilient.tool.application.WorksheetService;
import org.iclei.africa.resilient.tool.application.WorkspaceService;
import org.iclei.africa.resilient.tool.domain.ActionStatus;
import org.iclei.africa.resilient.tool.domain.Criterion;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.OptionType;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.Sector;
import org.iclei.africa.resilient.tool.domain.StepStatus;
import org.iclei.africa.resilient.tool.domain.Worksheet;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, every action of the tool's services as each kind of account — lead, editor, viewer,
 * an editor whose trial has ended, a member of another municipality, and an account with no workspace —
 * so that the rules hold even for a request no page would send. Also: a stale save of a worksheet row,
 * and a colleague who joins through an invitation sharing the lead's trial.
 */
@ExtendWith(ArquillianExtension.class)
@RequiresDatabase
class ToolServicesIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.of(ToolServicesIT.class);
    }

    @Inject
    EntityManager em;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @Inject
    WorkspaceService workspaces;

    @Inject
    WorksheetService worksheets;

    @Inject
    StepService steps;

    @Inject
    PrioritisationService prioritisation;

    @Inject
    ActionPlanService actionPlan;

    @Inject
    MembersService members;

    @Inject
    PasswordHasher hasher;

    @ArquillianResource
    URL base;

    String lead;
    String editor;
    String viewer;
    String expired;
    String stranger;
    String nobody;
    Municipality municipality;
    Workspace workspace;

    @BeforeEach
    void workspacesWithEveryKindOfAccount() throws Exception {
        long n = System.nanoTime();
        tx.begin();
        Country country = em.createQuery("select c from Country c where c.code = 'MZ'", Country.class).getSingleResult();
        municipality = new Municipality("Marracuene " + n, country);
        Municipality other = new Municipality("Manhiça " + n, country);
        em.persist(municipality);
        em.persist(other);
        workspace = new Workspace(municipality, false);
        Workspace otherWorkspace = new Workspace(other, false);
        em.persist(workspace);
        em.persist(otherWorkspace);
        Instant now = Instant.now();
        lead = account("lead", n, workspace, MemberRole.LEAD, now);
        editor = account("editor", n, workspace, MemberRole.EDITOR, now);
        viewer = account("viewer", n, workspace, MemberRole.VIEWER, now);
        expired = account("expired", n, workspace, MemberRole.EDITOR, now.minus(10, ChronoUnit.DAYS));
        stranger = account("stranger", n, otherWorkspace, MemberRole.LEAD, now);
        nobody = "nobody." + n + "@example.org";
        tx.commit();
    }

    private String account(String who, long n, Workspace in, MemberRole role, Instant confirmedAt) {
        String email = who + "." + n + "@example.org";
        Account account = new Account(email, who + " " + n, "not-used", Role.MEMBER, AccountStatus.UNCONFIRMED, "en");
        account.joinMunicipality(in.getMunicipality());
        account.confirm(confirmedAt, Duration.ofDays(7));
        em.persist(account);
        em.persist(new WorkspaceMember(in, account, role));
        return email;
    }

    private WorksheetRow coreTeamRow(String name) {
        return worksheets.save(lead, Worksheet.CORE_TEAM, null, null, Map.of("name", name, "department", "Planning", "role", "Coordinator"));
    }

    private static String outcome(Runnable action) {
        try {
            action.run();
            return "OK";
        } catch (BusinessException e) {
            return e.getMessageKey();
        }
    }

    /** One action for every account, and what each one gets. */
    private void matrix(String action, Consumer<String> run, String forLead, String forEditor, String forStranger) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(lead, forLead);
        expected.put(editor, forEditor);
        expected.put(viewer, WorkspaceService.READ_ONLY);
        expected.put(expired, WorkspaceService.READ_ONLY);
        expected.put(stranger, forStranger);
        expected.put(nobody, WorkspaceService.NO_WORKSPACE);
        expected.forEach((email, outcome) -> assertEquals(outcome, outcome(() -> run.accept(email)), action + " as " + email));
    }

    @Test
    void everyActionChecksTheAccountsRoleTrialAndWorkspace() {
        String ok = "OK";
        String notFound = WorkspaceService.ROW_NOT_FOUND;
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
        matrix("mark a step complete", email -> workspaces.markStep(email, ProcessStep.CLIMATE_BASELINE, true), ok, ok, ok);
        matrix("add a risk", email -> workspaces.saveRisk(email, risk()), ok, ok, ok);
        matrix("delete a risk", email -> {
            var risk = workspaces.saveRisk(lead, risk());
            workspaces.deleteRisk(email, risk.getId(), risk.getVersion());
        }, ok, ok, notFound);
        matrix("save the weights", email -> prioritisation.saveWeights(email, weights()), ok, ok, ok);
        matrix("add an action", email -> actionPlan.save(email, action()), ok, ok, ok);
        matrix("delete an action", email -> {
            var action = actionPlan.save(lead, action());
            actionPlan.delete(email, action.getId(), action.getVersion());
        }, ok, ok, notFound);
        matrix("delete an option", email -> {
            var option = prioritisation.saveOption(lead, option("Drains " + System.nanoTime()));
            prioritisation.deleteOption(email, option.getId(), option.getVersion());
        }, ok, ok, notFound);
        matrix("invite a colleague", email -> members.invite(email, "invitee." + System.nanoTime() + "@example.org", MemberRole.VIEWER),
                ok, MembersService.LEAD_ONLY, ok);
        long viewerMember = workspaces.membership(viewer).orElseThrow().getId();
        matrix("change a role", email -> members.changeRole(email, viewerMember, MemberRole.VIEWER), ok, MembersService.LEAD_ONLY, notFound);
    }

    @Test
    void everyMemberReadsOnlyTheirOwnWorkspace() {
        WorksheetRow row = coreTeamRow("Only in Marracuene");
        for (String email : List.of(lead, editor, viewer, expired)) {
            assertEquals(workspace, worksheets.view(email, ProcessStep.GETTING_STARTED).workspace());
            assertEquals(row, worksheets.row(email, row.getId()));
        }
        assertTrue(worksheets.view(stranger, ProcessStep.GETTING_STARTED).getSheets().stream()
                .allMatch(sheet -> sheet.getRows().stream().noneMatch(r -> r.getWorkspace().equals(workspace))));
        assertEquals(WorkspaceService.ROW_NOT_FOUND, outcome(() -> worksheets.row(stranger, row.getId())));
        assertEquals(WorkspaceService.NO_WORKSPACE, outcome(() -> worksheets.view(nobody, ProcessStep.GETTING_STARTED)));
        assertEquals(WorkspaceService.NO_WORKSPACE, outcome(() -> steps.statuses(nobody)));
    }

    @Test
    void aStaleSaveOfAWorksheetRowIsRefusedWithWhoAndWhenAndChangesNothing() {
        WorksheetRow row = coreTeamRow("Amina");
        long version = row.getVersion();
        worksheets.save(editor, Worksheet.CORE_TEAM, row.getId(), version, Map.of("name", "Amina Tembe", "department", "Planning", "role", "Lead"));
        BusinessException stale = assertThrows(BusinessException.class, () -> worksheets.save(lead, Worksheet.CORE_TEAM, row.getId(), version,
                Map.of("name", "Amina T.", "department", "Water", "role", "Lead")));
        assertEquals(WorkspaceService.CONFLICT, stale.getMessageKey());
        assertTrue(String.valueOf(stale.getArguments()[0]).startsWith("editor "), "names who saved first");
        assertTrue(stale.getArguments()[1] instanceof Instant);
        assertEquals("Amina Tembe", worksheets.row(lead, row.getId()).value("name"));

        long weights = prioritisation.view(lead).weightsVersion();
        prioritisation.saveWeights(editor, weights(), weights);
        assertEquals(WorkspaceService.CONFLICT, outcome(() -> prioritisation.saveWeights(lead, weights(), weights)), "weights too");
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
        workspaces.markStep(editor, ProcessStep.VULNERABILITY, true);
        assertEquals(StepStatus.COMPLETE, steps.statuses(viewer).get(ProcessStep.VULNERABILITY));
        workspaces.markStep(editor, ProcessStep.VULNERABILITY, false);
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
    void anInvitedColleagueJoinsWithTheChosenRoleAndTheLeadsTrial() throws Exception {
        String invitee = "invited." + System.nanoTime() + "@example.org";
        members.invite(lead, invitee, MemberRole.EDITOR);
        tx.begin();
        Account account = new Account(invitee, "Invited colleague", "not-used", Role.MEMBER, AccountStatus.UNCONFIRMED, "pt");
        account.joinMunicipality(em.merge(municipality));
        account.confirm(Instant.now(), Duration.ofDays(7));
        em.persist(account);
        tx.commit();
        workspaces.onAccountConfirmed(new AccountConfirmed(account.getId()));
        WorkspaceMember joined = workspaces.membership(invitee).orElseThrow();
        assertEquals(MemberRole.EDITOR, joined.getRole());
        assertEquals(workspace, joined.getWorkspace());
        Instant leadTrial = workspaces.membership(lead).orElseThrow().getAccount().getTrialEndsAt();
        assertEquals(leadTrial, em.find(Account.class, account.getId()).getTrialEndsAt(), "no trial clock of their own");
    }

    static final List<String> TOOL_URLS = List.of("tool", "tool/steps/getting-started", "tool/steps/climate-baseline",
            "tool/steps/impacts-and-risks", "tool/steps/vulnerability", "tool/steps/adaptation-options", "tool/steps/prioritisation",
            "tool/steps/action-plan", "tool/steps/monitoring", "tool/members", "tool/report", "tool/report.pdf",
            "tool/export/core-team.csv", "tool/export/risks.csv", "tool/export/options.csv", "tool/export/actions.csv");

    @Test
    void anEditorWhoseTrialEndedReadsAndExportsEveryToolUrlButChangesNothing() throws Exception {
        String password = "trial-ended-but-reading-42";
        tx.begin();
        Account account = em.createQuery("select a from Account a where a.email = :e", Account.class).setParameter("e", expired).getSingleResult();
        account.changePassword(hasher.hash(password), Instant.now().minusSeconds(5));
        tx.commit();
        coreTeamRow("Seen after the trial");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&email=" + URLEncoder.encode(expired, StandardCharsets.UTF_8)
                        + "&password=" + password + "&sign-in=x&jakarta.faces.ViewState=stateless")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), login.body());
        String setCookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        for (String url : TOOL_URLS) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + url)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), url);
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

    /** The token of the newest invitation mailed to {@code address} (from the outbox). */
    private String mailedToken(String address, String path) {
        String body = em.createQuery("select m.body from OutgoingMail m where m.recipient = :r order by m.id desc", String.class)
                .setParameter("r", address).setMaxResults(1).getSingleResult();
        int at = body.indexOf(path);
        assertTrue(at >= 0, body);
        return body.substring(at + path.length()).split("\\s")[0];
    }

    @Test
    void aRemovedMemberLosesTheWorkspaceAndAnInvitationToTheirAccountBringsThemBack() {
        long viewerMember = workspaces.membership(viewer).orElseThrow().getId();
        assertEquals(MembersService.LEAD_ONLY, outcome(() -> members.remove(editor, viewerMember)));
        members.remove(lead, viewerMember);
        assertEquals(WorkspaceService.NO_WORKSPACE, outcome(() -> worksheets.view(viewer, ProcessStep.GETTING_STARTED)));
        members.invite(lead, viewer, MemberRole.EDITOR);
        String token = mailedToken(viewer, "/tool/join?token=");
        assertEquals(MembersService.INVITATION_INVALID, outcome(() -> members.accept(viewer, "not-" + token)));
        members.accept(viewer, token);
        assertEquals(MemberRole.EDITOR, workspaces.membership(viewer).orElseThrow().getRole());
        assertEquals(MembersService.INVITATION_INVALID, outcome(() -> members.accept(stranger, token)), "the link works once");
        assertEquals(MembersService.ALREADY_MEMBER, outcome(() -> members.invite(lead, viewer, MemberRole.VIEWER)));

        members.invite(lead, stranger, MemberRole.VIEWER); // the lead learns nothing about the address
        assertEquals(MembersService.OTHER_WORKSPACE, outcome(() -> members.accept(stranger, mailedToken(stranger, "/tool/join?token="))));
        long leadMember = workspaces.membership(lead).orElseThrow().getId();
        assertEquals(MembersService.LAST_LEAD, outcome(() -> members.changeRole(lead, leadMember, MemberRole.EDITOR)));
    }

    @Test
    void anUninvitedColleagueWaitsUntilALeadLetsThemIn() throws Exception {
        tx.begin();
        Account colleague = new Account("colleague." + System.nanoTime() + "@example.org", "Colleague", "not-used", Role.MEMBER,
                AccountStatus.UNCONFIRMED, "fr");
        colleague.joinMunicipality(em.merge(municipality));
        colleague.confirm(Instant.now(), Duration.ofDays(7));
        em.persist(colleague);
        tx.commit();
        workspaces.onAccountConfirmed(new AccountConfirmed(colleague.getId()));
        String email = colleague.getEmail();
        assertEquals(WorkspaceService.AWAITING_APPROVAL, outcome(() -> worksheets.view(email, ProcessStep.GETTING_STARTED)));
        assertEquals(WorkspaceService.AWAITING_APPROVAL, outcome(() -> steps.statuses(email)));
        mailedToken(lead, "/tool/members"); // the lead was told
        WorkspaceMember pending = workspaces.membership(email).orElseThrow();
        assertEquals(MemberRole.PENDING, pending.getRole());
        assertEquals(WorkspaceService.ROW_NOT_FOUND, outcome(() -> members.changeRole(lead, pending.getId(), MemberRole.PENDING)));
        members.changeRole(lead, pending.getId(), MemberRole.VIEWER);
        assertEquals(workspace, worksheets.view(email, ProcessStep.GETTING_STARTED).workspace());
    }

    @Test
    void anInvitationLinkIsClaimedByTheFirstRegistrationOnly() {
        String invited = "claimed." + System.nanoTime() + "@example.org";
        members.invite(lead, invited, MemberRole.LEAD);
        String token = mailedToken(invited, "/register?invitation=");
        assertTrue(members.invitation(token).isPresent());
        members.claimInvitation(token, "first." + invited);
        assertTrue(members.invitation(token).isEmpty(), "no longer offered on the registration page");
        members.claimInvitation(token, "second." + invited);
        assertEquals(1L, em.createQuery("select count(i) from WorkspaceInvitation i where i.email = :e", Long.class)
                .setParameter("e", "first." + invited).getSingleResult());
    }

    @Test
    void aLeadWithdrawsAnInvitationAndItsLinkStopsWorking() {
        String invited = "withdrawn." + System.nanoTime() + "@example.org";
        members.invite(lead, invited, MemberRole.EDITOR);
        String token = mailedToken(invited, "/register?invitation=");
        long id = em.createQuery("select i.id from WorkspaceInvitation i where i.email = :e", Long.class).setParameter("e", invited)
                .getSingleResult();
        assertEquals(MembersService.LEAD_ONLY, outcome(() -> members.withdraw(editor, id)));
        assertEquals(WorkspaceService.ROW_NOT_FOUND, outcome(() -> members.withdraw(stranger, id)));
        members.withdraw(lead, id);
        assertTrue(members.invitation(token).isEmpty());
    }

    @Test
    void aWorkspaceCannotSendInvitationsWithoutEnd() {
        String refused = "OK";
        for (int i = 0; i < 31 && refused.equals("OK"); i++) {
            String invitee = "many." + i + "." + System.nanoTime() + "@example.org";
            refused = outcome(() -> members.invite(lead, invitee, MemberRole.VIEWER));
        }
        assertEquals(MembersService.TOO_MANY, refused, "at most 30 invitations a day");
    }

    @Test
    void optionsAndActionsStillInUseAreNotDeleted() {
        var option = prioritisation.saveOption(lead, option("Mangroves"));
        ActionForm form = action();
        form.setOptionId(option.getId());
        var action = actionPlan.save(lead, form);
        assertEquals(PrioritisationService.IN_USE, outcome(() -> prioritisation.deleteOption(editor, option.getId(), option.getVersion())));
        worksheets.save(lead, Worksheet.INDICATORS, null, null, Map.of("action", String.valueOf(action.getId()), "indicator", "Hectares",
                "baseline", "0", "target", "20", "frequency", "yearly", "owner", "Environment"));
        assertEquals(ActionPlanService.IN_USE, outcome(() -> actionPlan.delete(editor, action.getId(), action.getVersion())));
        assertEquals(WorkspaceService.CONFLICT, outcome(() -> actionPlan.delete(editor, action.getId(), action.getVersion() - 1)));
    }

    private static OptionForm option(String name) {
        OptionForm form = new OptionForm();
        form.setName(name);
        form.setRisksAddressed("Flood");
        form.setType(OptionType.NO_REGRET);
        form.setLeadDepartment("Roads");
        return form;
    }

    private static RiskForm risk() {
        RiskForm form = new RiskForm();
        form.setHazard("Flood");
        form.setSector(Sector.WATER);
        form.setImpact("Pumps flooded");
        form.setLikelihood(3);
        form.setConsequence(4);
        return form;
    }

    private static Map<Criterion, Integer> weights() {
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            weights.put(criterion, 5);
        }
        return weights;
    }

    private static ActionForm action() {
        ActionForm form = new ActionForm();
        form.setActionText("Clear the drains");
        form.setObjective("Drains clear before the rains");
        form.setDepartment("Roads");
        form.setStatus(ActionStatus.PLANNED);
        return form;
    }
}
