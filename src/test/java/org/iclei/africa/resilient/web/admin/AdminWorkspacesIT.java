package org.iclei.africa.resilient.web.admin;

import static org.iclei.africa.resilient.support.ToolClient.page;
import static org.iclei.africa.resilient.support.ToolClient.post;
import static org.iclei.africa.resilient.support.ToolClient.postFrom;
import static org.iclei.africa.resilient.support.ToolClient.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.AdminClient;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.MailServer;
import org.iclei.africa.resilient.support.Poll;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Access belongs to the workspace: for a workspace of three members (lead, editor, viewer), an administrator
 * ends the trial, grants membership, ends it and extends the trial from the back office, and each change reaches
 * all three at once (their banner, and whether a save goes through); the membership request mails the
 * administrators a link to the workspace's page; a stale form and a bad date are refused with a message; and a
 * duplicate municipality is merged with its member, and the files attached to its rows move with them.
 */
@RequiresDatabase
class AdminWorkspacesIT {

    private static final String STEP1 = "/tool/steps/getting-started";

    static String municipality;
    static String lead;
    static String editor;
    static String viewer;
    static String admin;
    static String workspacePath;

    @BeforeAll
    static void aWorkspaceOfThree() {
        long n = System.nanoTime();
        municipality = "Inhambane " + n;
        lead = ToolClient.member(municipality);
        editor = invited("EDITOR");
        viewer = invited("VIEWER");
        admin = AdminClient.signIn();
        workspacePath = AdminClient.workspacePage(admin, municipality);
    }

    private static String invited(String role) {
        String email = ToolClient.newEmail();
        ToolClient.register(email, role + " of " + municipality, municipality, ToolClient.invite(lead, email, role));
        return ToolClient.signIn(email, ToolClient.PASSWORD);
    }

    /** What each of the three sees in the banner of a tool page. */
    private static List<String> states() {
        return List.of(lead, editor, viewer).stream().map(session -> {
            Matcher state = Pattern.compile("id=\"access-state\" data-state=\"([A-Z_]+)\"").matcher(page(session, STEP1));
            assertTrue(state.find(), "a banner");
            return state.group(1);
        }).toList();
    }

    /** Whether the editor's save of a core-team row goes through. */
    private static boolean editorCanSave(String name) {
        post(editor, STEP1, row("core-team", null, null, "name", name, "department", "Planning", "role", "Coordinator"));
        return page(editor, STEP1).contains(">" + name + "<");
    }

    private static HttpResponse<String> access(String button, String until, String days) {
        return AdminClient.workspaceAccess(admin, workspacePath, button, until, days);
    }

    private static String version(String page) {
        return AdminClient.workspaceVersion(page);
    }

    @Test
    void accessChangesForAllThreeMembersAtOnce() {
        assertEquals(List.of("TRIAL", "TRIAL", "TRIAL"), states(), "a new workspace is on trial, for its invited members too");
        assertTrue(page(editor, STEP1).contains("id=\"access-role\""));
        assertTrue(editorCanSave("During the trial " + System.nanoTime()));

        assertEquals(302, access("end-trial", "", "7").statusCode());
        assertEquals(List.of("TRIAL_ENDED", "TRIAL_ENDED", "TRIAL_ENDED"), states());
        assertTrue(page(viewer, STEP1).contains("read only"));
        assertFalse(editorCanSave("After the trial " + System.nanoTime()), "read only");

        // a member asks; every administrator is mailed a link to this workspace's page, and the dashboard lists it
        Map<String, String> ask = new LinkedHashMap<>();
        ask.put("membership", "membership");
        ask.put("request-membership", "x");
        assertEquals(302, post(viewer, STEP1, ask).statusCode());
        assertTrue(page(lead, STEP1).contains("id=\"membership-requested\""), "the request is the workspace's: the lead sees it");
        String mail = Poll.until("the membership request's mail", Duration.ofSeconds(30),
                () -> MailServer.find("admin@localhost", "Membership request").map(MailServer.Mail::body).filter(b -> b.contains(workspacePath)));
        assertTrue(mail.contains(municipality), mail);
        assertTrue(page(admin, "/admin/").contains(municipality), "the dashboard lists the open request");

        String tomorrow = LocalDate.now().plusDays(1).toString();
        assertEquals(302, access("grant", tomorrow, "7").statusCode());
        assertEquals(List.of("MEMBER", "MEMBER", "MEMBER"), states());
        assertTrue(editorCanSave("As members " + System.nanoTime()));
        assertFalse(page(lead, STEP1).contains("id=\"membership-requested\""), "the request is answered");
        assertTrue(page(admin, workspacePath).contains("data-access=\"MEMBER\""));

        assertEquals(302, access("end-membership", "", "7").statusCode());
        assertEquals(List.of("MEMBERSHIP_ENDED", "MEMBERSHIP_ENDED", "MEMBERSHIP_ENDED"), states());
        assertFalse(editorCanSave("After the membership " + System.nanoTime()));

        assertEquals(302, access("extend", "", "3").statusCode());
        assertEquals(List.of("TRIAL", "TRIAL", "TRIAL"), states(), "an extension counts from now once the trial has ended");
        assertTrue(editorCanSave("Extended " + System.nanoTime()));
    }

    @Test
    void badInputAndStaleFormsAreRefusedWithAMessage() {
        String page = page(admin, workspacePath);
        HttpResponse<String> past = access("grant", "2001-01-01", "7");
        assertEquals(200, past.statusCode());
        assertTrue(past.body().contains("The end of the membership must be a date after today."), past.body());
        HttpResponse<String> notADate = access("grant", "next year", "7");
        assertTrue(notADate.body().contains("is not a date"), notADate.body());
        HttpResponse<String> tooMany = access("extend", "", "400");
        assertTrue(tooMany.body().contains("Extend a trial by 1 to 365 days."), tooMany.body());

        assertEquals(302, access("extend", "", "1").statusCode());
        Map<String, String> stale = new LinkedHashMap<>();
        stale.put("access-form", "access-form");
        stale.put("version", version(page));
        stale.put("until", "");
        stale.put("days", "5");
        stale.put("extend", "");
        HttpResponse<String> refused = postFrom(admin, workspacePath, page, stale);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("This record was changed by admin@localhost"), refused.body());
    }

    @Test
    void aDuplicateMunicipalityIsMergedWithItsMember() {
        String duplicateName = "City of " + municipality;
        String colleagueEmail = ToolClient.register(ToolClient.newEmail(), "Colleague in " + duplicateName, duplicateName, null);
        String colleague = ToolClient.signIn(colleagueEmail, ToolClient.PASSWORD);
        assertTrue(page(colleague, STEP1).contains(duplicateName), "first in a workspace of its own");
        assertEquals(302, post(colleague, STEP1, row("core-team", null, null, "name", "Merged Member", "department", "Works",
                "role", "Engineer")).statusCode());
        Matcher row = Pattern.compile("<tr id=\"row-(\\d+)\">").matcher(page(colleague, STEP1));
        assertTrue(row.find());
        String edit = page(colleague, STEP1 + "?edit=" + row.group(1));
        byte[] minutes = "%PDF-1.4\n% minutes of the duplicate's workshop\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(302, ToolClient.attachEvidence(colleague, STEP1, edit, "WORKSHEET_ROW", row.group(1), "workshop.pdf", minutes).statusCode());
        Matcher file = Pattern.compile("href=\"(/tool/evidence/\\d+/workshop.pdf)\"").matcher(page(colleague, STEP1));
        assertTrue(file.find(), "the duplicate's row has its evidence");
        assertEquals(404, Http.getBytes(PortalServer.get().url(file.group(1)), "Cookie", lead).statusCode(), "not the kept workspace's yet");
        String page = page(admin, workspacePath);
        Matcher option = Pattern.compile("<option value=\"(\\d+)\">" + Pattern.quote(duplicateName) + "</option>").matcher(page);
        assertTrue(option.find(), "the duplicate is offered (same country)");
        Map<String, String> merge = new LinkedHashMap<>();
        merge.put("merge-form", "merge-form");
        merge.put("merge-version", version(page));
        merge.put("duplicate", option.group(1));
        merge.put("merge", "");
        assertEquals(302, postFrom(admin, workspacePath, page, merge).statusCode());
        String after = page(colleague, STEP1);
        assertTrue(after.contains("Your role in " + municipality + ":"), "the colleague is now in the kept workspace");
        assertFalse(page(admin, "/admin/workspaces").contains(">" + duplicateName + "<"), "the duplicate's workspace is gone");
        assertTrue(page(admin, workspacePath).contains(colleagueEmail), "and among its members");
        assertArrayEquals(minutes, Http.getBytes(PortalServer.get().url(file.group(1)), "Cookie", lead).body(), "the evidence moved with its row");
    }
}
