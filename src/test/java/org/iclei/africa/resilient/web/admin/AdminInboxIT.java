package org.iclei.africa.resilient.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.admin.domain.WeeklyCounts;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.MailServer;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The back office's inbox, outbox, audit log and dashboard on the shared portal, as an administrator's browser
 * uses them: a visitor's message read and handled, a confirmation mail shown without its token and resent, the
 * figures counting this week's registrations, and members kept out.
 */
@RequiresDatabase
class AdminInboxIT {

    private static String admin;

    @BeforeAll
    static void signIn() {
        PortalServer.get();
        admin = ToolClient.signIn("admin@localhost", ToolClient.loggedPassword("admin@localhost"));
    }

    private static String page(String path) {
        return ToolClient.page(admin, path);
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        assertTrue(m.find(), "no match for " + regex + " in:\n" + text);
        return m.group(1);
    }

    private static long count(String dashboard, String id) {
        return Long.parseLong(group(dashboard, "id=\"" + id + "\" data-count=\"(\\d+)\""));
    }

    private static HttpResponse<String> press(String path, String page, String form, String button, String version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put("version", version);
        fields.put(button, "");
        return ToolClient.postFrom(admin, path, page, fields);
    }

    private static String version(String page) {
        return group(page, "name=\"version\" value=\"(\\d+)\"");
    }

    private static void sendContactMessage(String subject, String email) {
        PortalServer portal = PortalServer.get();
        String form = Http.get(portal.url("/contacts")).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("contact", "contact");
        fields.put("name", "Lucia Mondlane");
        fields.put("email", email);
        fields.put("organisation", "Beira Municipal Council");
        fields.put("subject", subject);
        fields.put("message", "Could ICLEI Africa help us with flood maps?\nThank you.");
        fields.put("website", "");
        fields.put("send", "Send message");
        fields.put("jakarta.faces.ViewState", group(form, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\""));
        // an address of its own, so that the form's limit of five messages an hour per sender never stops this test
        String client = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        String answer = Http.postForm(portal.url("/contacts"), fields, "Cookie", "lang=en", "X-Forwarded-For", client).body();
        assertTrue(answer.contains("id=\"contact-sent\""), answer);
    }

    @Test
    void aVisitorsMessageIsReadMarkedHandledAndOpenAgainWithEachChangeInTheAuditLog() {
        long unreadBefore = count(page("/admin/"), "attention-unread");
        String subject = "Flood maps for Beira " + System.nanoTime();
        sendContactMessage(subject, "lucia.mondlane@beira.example");

        assertEquals(unreadBefore + 1, count(page("/admin/"), "attention-unread"), "the dashboard counts it as unread");
        String unread = page("/admin/messages?show=unread");
        String id = group(unread, "id=\"message-link-(\\d+)\" href=\"[^\"]*\">" + Pattern.quote(subject) + "<");
        assertTrue(unread.contains("id=\"message-state-" + id + "\" class=\"message-state message-state--unread\""));

        String path = "/admin/messages/message?id=" + id;
        String message = page(path);
        assertTrue(message.contains("<h1 id=\"page-heading\">" + subject + "</h1>"));
        assertTrue(message.contains("Beira Municipal Council"));
        assertTrue(message.contains("href=\"mailto:lucia.mondlane@beira.example?subject=Re%3A%20Flood%20maps%20for%20Beira%20"),
                "reply by mail with address and subject");
        assertFalse(page("/admin/messages?show=unread").contains(subject), "opened: read");
        assertEquals(unreadBefore, count(page("/admin/"), "attention-unread"));

        String seen = version(message);
        HttpResponse<String> handled = press(path, message, "message-form", "mark-handled", seen);
        assertEquals(302, handled.statusCode(), handled.body());
        message = page(path);
        assertTrue(message.contains("Handled by admin@localhost"), message);
        assertTrue(message.contains("id=\"reopen\""));
        assertFalse(message.contains("id=\"mark-handled\""));
        assertTrue(page("/admin/messages?show=handled").contains(subject));
        assertFalse(page("/admin/messages?show=open").contains(subject));

        // a second administrator's form, filled before the change, is refused instead of undoing it
        HttpResponse<String> stale = press(path, message, "message-form", "reopen", seen);
        assertEquals(200, stale.statusCode());
        assertTrue(stale.body().contains("was changed by admin@localhost"), stale.body());
        assertTrue(page(path).contains("Handled by admin@localhost"), "still handled");

        assertEquals(302, press(path, message, "message-form", "reopen", version(message)).statusCode());
        assertTrue(page("/admin/messages?show=open").contains(subject));

        String audit = page("/admin/audit?type=message&id=" + id);
        assertTrue(audit.contains("data-action=\"message.handle\">Message marked handled</span>"), audit);
        assertTrue(audit.contains("data-action=\"message.reopen\">Message opened again</span>"));
        assertTrue(audit.contains("data-action=\"message.read\">Message read</span>"));
        assertTrue(audit.contains("<span class=\"audit-field\">handled</span>: <span class=\"audit-old\">false</span> → <span class=\"audit-new\">true</span>"));
        assertTrue(audit.contains("<span class=\"audit-field\">handledBy</span>: <span class=\"audit-old\">–</span> → <span class=\"audit-new\">admin@localhost</span>"));
        assertTrue(audit.contains("<a href=\"/admin/messages/message?id=" + id + "\">" + subject + " (Lucia Mondlane)</a>"), "linked to the message");
        assertEquals("3 found", group(audit, "ui-datatable-header[^>]*>([^<]*)<"), "only this message's entries");
        assertTrue(page("/admin/audit?actor=admin%40local&action=message.handle").contains("id=" + id + "\">" + subject));
        String today = LocalDate.now().toString();
        assertTrue(page("/admin/audit?type=message&id=" + id + "&from=" + today + "&to=" + today).contains("3 found"));
        assertTrue(page("/admin/audit?type=message&id=" + id + "&to=" + LocalDate.now().minusDays(1)).contains("0 found"));
    }

    @Test
    void theOutboxShowsADeliveredConfirmationMailWithoutItsTextOrTokenAndOffersNoResend() {
        String email = ToolClient.register(ToolClient.newEmail(), "Outbox Reader", "Outbox Town " + System.nanoTime(), null);
        String link = MailServer.await(email, "Confirm", Duration.ofSeconds(30)).link("/account/confirm");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        assertTrue(token.length() >= 20, link);

        String sent = page("/admin/mail?status=SENT");
        String id = group(sent, Pattern.quote(email) + "</td>.*?id=\"mail-link-(\\d+)\"");
        String path = "/admin/mail/mail?id=" + id;
        String mail = page(path);
        assertTrue(mail.contains("<dd id=\"mail-recipient\">" + email + "</dd>"));
        assertTrue(mail.contains("<dd id=\"mail-status\">Sent</dd>"));
        assertFalse(mail.contains(token), "the token is not shown");
        assertFalse(mail.contains("id=\"mail-body\""), "a delivered mail keeps no text: " + mail);
        assertTrue(mail.contains("id=\"mail-text-gone\""), mail);
        assertFalse(mail.contains("id=\"resend\""), "its text is gone, so it cannot be sent again");
    }

    private static long registrationsThisWeek(String dashboard) {
        String week = WeeklyCounts.isoWeek(LocalDate.now());
        return Long.parseLong(group(dashboard, "<tr id=\"registrations-" + week + "\"><th scope=\"row\">" + week
                + "</th><td>[^<]*</td><td class=\"figure-number\">(\\d+)</td></tr>"));
    }

    @Test
    void theFiguresCountThisWeeksRegistrationsStepsReachedAndDownloads() {
        long before = registrationsThisWeek(page("/admin/"));
        ToolClient.register(ToolClient.newEmail(), "Figure Counter", "Figure Town " + System.nanoTime(), null);

        String library = Http.get(PortalServer.get().url("/library")).body();
        Matcher download = Pattern.compile("href=\"(/library/download/(\\d+)/[^\"]+)\"").matcher(library);
        assertTrue(download.find(), "the demo library has a file");
        assertEquals(200, Http.getBytes(PortalServer.get().url(download.group(1))).statusCode());

        String dashboard = page("/admin/");
        assertTrue(registrationsThisWeek(dashboard) >= before + 1, "this week's registrations counted");
        assertEquals(12, occurrences(dashboard, "<tr id=\"registrations-"));
        for (int step = 0; step <= 8; step++) {
            assertTrue(dashboard.contains("<tr id=\"steps-" + step + "\">"), "step " + step);
        }
        assertTrue(Long.parseLong(group(dashboard, "<tr id=\"steps-0\">.*?class=\"figure-number\">(\\d+)<")) >= 1,
                "the new workspace has not started");
        assertTrue(dashboard.contains("<tr id=\"downloads-" + download.group(2) + "\">"), "the downloaded resource is listed");
        assertFalse(dashboard.contains("id=\"downloads-none\""));
        assertTrue(dashboard.contains("id=\"attention-failed\""));
    }

    private static long occurrences(String text, String fragment) {
        long n = 0;
        for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aMemberAndAVisitorAreKeptOut() {
        String member = ToolClient.member("Inbox Town " + System.nanoTime());
        for (String path : List.of("/admin/", "/admin/messages", "/admin/messages/message?id=1", "/admin/mail",
                "/admin/mail/mail?id=1", "/admin/audit", "/admin/audit?type=message&id=1")) {
            HttpResponse<String> response = ToolClient.get(member, path);
            assertEquals(403, response.statusCode(), path);
            assertFalse(response.body().contains("admin-nav"), path);
            HttpResponse<String> anonymous = ToolClient.get(null, path);
            assertNotEquals(200, anonymous.statusCode(), path);
            assertFalse(anonymous.body().contains("admin-nav"), path);
        }
    }
}
