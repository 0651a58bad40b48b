package org.iclei.africa.resilient.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.MailServer;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, defect 11: a forged, expired or foreign view state is the client's fault — 400 with the "page expired"
 * page, not a 500 — and the register page suggests only municipalities someone has confirmed an address for.
 */
@RequiresDatabase
class ViewStateAndSuggestionsIT {

    static final String RISKS = "/tool/steps/impacts-and-risks";

    private final PortalServer portal = PortalServer.get();

    @Test
    void aForgedExpiredOrForeignViewStateAnswers400WithThePageExpiredText() {
        String session = ToolClient.member("Pemba " + System.nanoTime());
        String other = ToolClient.member("Lichinga " + System.nanoTime());
        String realState = ToolClient.viewState(ToolClient.page(other, RISKS));
        for (String state : new String[] {"-1234567890:987654321", "forged", realState}) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("risk-form", "risk-form");
            form.put("hazard", "Flood");
            form.put("save-risk", "x");
            form.put("jakarta.faces.ViewState", state);
            HttpResponse<String> response = Http.postForm(portal.url(RISKS), form, "Cookie", session);
            assertEquals(400, response.statusCode(), "view state " + state + ": " + response.body());
            assertTrue(response.body().contains("This page has expired"), response.body());
            assertFalse(response.body().contains("Something went wrong"), "not the 500 page");
        }
        HttpResponse<String> french = Http.postForm(portal.url(RISKS), Map.of("risk-form", "risk-form", "jakarta.faces.ViewState", "forged"),
                "Cookie", session + "; lang=fr");
        assertEquals(400, french.statusCode());
        assertFalse(ToolClient.page(session, RISKS).contains("Flood"), "nothing was saved");
    }

    @Test
    void onlyMunicipalitiesWithAConfirmedAccountAreSuggested() {
        String invented = "Unconfirmed Town " + System.nanoTime();
        String email = ToolClient.newEmail();
        assertTrue(ToolClient.postRegistration(portal, email, "Not Yet Confirmed", invented, null, "en", "198.18.13.11").body()
                .contains("register-sent"));
        String link = MailServer.await(email, "Confirm", Duration.ofSeconds(30)).link("/account/confirm");
        assertFalse(ToolClient.page(null, "/register").contains("value=\"" + invented + "\""),
                "an unconfirmed registration's municipality is not offered to the public");
        assertTrue(Http.get(link).body().contains("CONFIRMED"));
        assertTrue(ToolClient.page(null, "/register").contains("<option value=\"" + invented + "\""),
                "once confirmed, colleagues find it in the list");
    }
}
