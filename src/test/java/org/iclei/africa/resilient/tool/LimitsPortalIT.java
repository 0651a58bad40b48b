package org.iclei.africa.resilient.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A portal of its own with low limits: three mails an hour per client address, and quotas of two worksheet rows and
 * two risks per workspace. Beyond them the visitor reads why, and nothing saved changes.
 */
class LimitsPortalIT {

    private static final String STEP1 = "/tool/steps/getting-started";
    private static final String RISKS = "/tool/steps/impacts-and-risks";
    private static PortalServer portal;
    private static String session;

    @BeforeAll
    static void start() {
        portal = PortalServer.separate("it-portal-limits", 18097, "-Dportal.demo=false", "-Dportal.mail.limit.per.client.hour=3",
                "-Dportal.quota.worksheet.rows=2", "-Dportal.quota.risks=2");
        String email = ToolClient.register(portal, ToolClient.newEmail(), "Quota Lead", "Quota Town", null, "en");
        session = ToolClient.signIn(portal, email, ToolClient.PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    private static String forgot(String email, String forwardedFor) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("forgot", "forgot");
        form.put("email", email);
        form.put("send", "x");
        form.put("jakarta.faces.ViewState", "stateless");
        return Http.postForm(portal.url("/account/forgot"), form, "Cookie", "lang=fr", "X-Forwarded-For", forwardedFor).body();
    }

    @Test
    void aClientAddressAsksForThreeMailsAnHourWhateverItWritesOnTheLeft() {
        for (int i = 1; i <= 3; i++) {
            assertTrue(forgot("someone." + i + "." + System.nanoTime() + "@example.org", "203.0.113.90").contains("id=\"forgot-sent\""));
        }
        String fourth = forgot("someone.else." + System.nanoTime() + "@example.org", "10.9.8.7, 203.0.113.90");
        assertTrue(fourth.contains("Beaucoup d’e-mails ont été demandés depuis votre connexion"), fourth);
        assertFalse(fourth.contains("id=\"forgot-sent\""));
        assertTrue(forgot("someone.else." + System.nanoTime() + "@example.org", "203.0.113.91").contains("id=\"forgot-sent\""),
                "another client is not limited");
    }

    private static int count(String page, String rowPattern) {
        Matcher m = Pattern.compile(rowPattern).matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aWorksheetFullToItsQuotaRefusesTheNextRowWithAMessageAndKeepsItsRows() {
        for (int i = 1; i <= 2; i++) {
            assertEquals(302, ToolClient.postFrom(portal, session, STEP1, ToolClient.page(portal, session, STEP1),
                    ToolClient.row("core-team", null, null, "name", "Member " + i, "department", "Planning", "role", "Coordinator")).statusCode());
        }
        HttpResponse<String> third = ToolClient.postFrom(portal, session, STEP1, ToolClient.page(portal, session, STEP1),
                ToolClient.row("core-team", null, null, "name", "Member 3", "department", "Planning", "role", "Coordinator"));
        assertEquals(200, third.statusCode());
        assertTrue(third.body().contains("This workspace has reached its limit of 2 entries in this list: nothing was saved."), third.body());
        String page = ToolClient.page(portal, session, STEP1);
        assertTrue(page.contains("Member 2") && !page.contains(">Member 3<"), "the rows are unchanged");
    }

    @Test
    void risksFullToTheirQuotaRefuseTheNextWithAMessageAndKeepTheirRows() {
        ToolClient.addRisk(portal, session, "Flood A", "WATER", 3, 3);
        ToolClient.addRisk(portal, session, "Flood B", "WATER", 3, 3);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("risk-form", "risk-form");
        form.put("riskId", "");
        form.put("riskVersion", "");
        form.put("hazard", "Flood C");
        form.put("sector", "WATER");
        form.put("impact", "Roads cut.");
        form.put("likelihood", "3");
        form.put("consequence", "3");
        form.put("withinMandate", "on");
        form.put("save-risk", "x");
        HttpResponse<String> third = ToolClient.postFrom(portal, session, RISKS, ToolClient.page(portal, session, RISKS), form);
        assertEquals(200, third.statusCode());
        assertTrue(third.body().contains("This workspace has reached its limit of 2 entries in this list"), third.body());
        assertEquals(2, count(ToolClient.page(portal, session, RISKS), "<tr id=\"risk-\\d+\">"), "two risks, as before");
    }
}
