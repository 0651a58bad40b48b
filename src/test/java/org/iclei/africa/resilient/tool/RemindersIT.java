package org.iclei.africa.resilient.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iclei.africa.resilient.support.MailServer;
import org.iclei.africa.resilient.support.MailServer.Mail;
import org.iclei.africa.resilient.support.Poll;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reminders by e-mail on a portal of its own whose clock a file sets (-Dportal.test.clock.file, tests only), checked
 * every 2 seconds: the trial's end once and in the member's language, the review date, the weekly digest to the lead
 * the next week, and an opt-out in My account.
 */
class RemindersIT {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String TRIAL_FR = "se termine dans 2 jours";
    private static final String TRIAL_EN = "ends in 2 days";
    private static final String REVIEW_FR = "La révision du plan";
    private static final String DIGEST_FR = "Résumé hebdomadaire";
    private static final String ACTION = "Surélever le plancher de la clinique de Chókwè";

    private static Path clockFile;
    private static PortalServer portal;
    private static Instant start;

    @BeforeAll
    static void startPortalWithItsOwnClock() throws IOException {
        clockFile = Path.of("target", "it-reminders-clock").toAbsolutePath();
        start = Instant.now();
        setClock(start);
        portal = PortalServer.separate("it-reminders", 18181, "-Dportal.test.clock.file=" + clockFile,
                "-Dportal.reminder.interval.seconds=2", "-Dportal.demo=false");
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void remindersGoOutOnceAtTheirDatesInTheMembersLanguageUnlessSwitchedOff() throws Exception {
        long n = System.nanoTime();
        String lead = ToolClient.register(portal, "lead." + n + "@example.org", "Amina Diallo", "Chókwè " + n, null, "fr");
        String leadSession = ToolClient.signIn(portal, lead, ToolClient.PASSWORD);
        String other = ToolClient.register(portal, "other." + n + "@example.org", "Carlos Mabunda", "Xai-Xai " + n, null, "en");
        String otherSession = ToolClient.signIn(portal, other, ToolClient.PASSWORD);

        String account = ToolClient.page(portal, otherSession, "/account");
        assertTrue(account.contains("id=\"remindTrial\"") && account.contains("checked"), "every reminder is on by default");
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("reminders-form", "reminders-form");
        choices.put("remindReview", "on");
        choices.put("remindDigest", "on");
        choices.put("save-reminders", "x");
        HttpResponse<String> saved = ToolClient.postFrom(portal, otherSession, "/account", account, choices);
        assertTrue(saved.body().contains("Your reminder choices are saved."), saved.body());
        assertFalse(ToolClient.page(portal, otherSession, "/account").matches("(?s).*id=\"remindTrial\"[^>]*checked.*"), "the trial reminder is off");

        LocalDate today = LocalDate.ofInstant(start, ZoneOffset.UTC);
        assertEquals(302, addLateAction(leadSession, today.plusDays(1)).statusCode());
        String monitoring = ToolClient.page(portal, leadSession, "/tool/steps/monitoring");
        assertEquals(302, ToolClient.postFrom(portal, leadSession, "/tool/steps/monitoring", monitoring,
                ToolClient.row("review", null, null, "date", today.plusDays(3).toString(), "scope", "Tout le plan")).statusCode());
        Thread.sleep(5000);
        assertEquals(0, MailServer.count(lead, REVIEW_FR), "the review date has not come yet");
        assertEquals(0, MailServer.count(lead, TRIAL_FR), "the trial does not end yet");

        setClock(start.plus(Duration.ofDays(5)).plus(Duration.ofHours(1)));
        Mail trial = MailServer.await(lead, TRIAL_FR, WAIT);
        assertTrue(trial.body().startsWith("Bonjour Amina Diallo"), trial.body());
        assertTrue(trial.body().contains(portal.url("/account")), "the way to switch it off");
        Mail review = MailServer.await(lead, REVIEW_FR, WAIT);
        assertTrue(review.body().contains(portal.url("/tool/steps/monitoring")), review.body());
        Thread.sleep(6000);
        assertEquals(1, MailServer.count(lead, TRIAL_FR), "sent once, not at every run");
        assertEquals(1, MailServer.count(lead, REVIEW_FR), "sent once, not at every run");
        assertEquals(0, MailServer.count(other, TRIAL_EN), "switched off in My account");

        long digests = MailServer.count(lead, DIGEST_FR);
        setClock(start.plus(Duration.ofDays(12)).plus(Duration.ofHours(1)));
        Poll.until("the digest of the next week", WAIT, () -> MailServer.count(lead, DIGEST_FR) > digests);
        Mail digest = MailServer.await(lead, DIGEST_FR, WAIT);
        assertTrue(digest.body().contains(ACTION), digest.body());
        assertTrue(digest.body().contains(portal.url("/tool/steps/action-plan")), digest.body());
        assertEquals(0, MailServer.count(other, DIGEST_FR) + MailServer.count(other, "Weekly digest"), "nothing to say: no digest");
        Thread.sleep(5000);
        assertEquals(digests + 1, MailServer.count(lead, DIGEST_FR), "one digest a week");
        assertEquals(1, MailServer.count(lead, TRIAL_FR), "an ended trial is not reminded");
    }

    private static HttpResponse<String> addLateAction(String session, LocalDate end) {
        String risk = ToolClient.addRisk(portal, session, "Inondation de la clinique", "HEALTH", 4, 4);
        String option = ToolClient.addOption(portal, session, "Surélever la clinique", risk);
        String page = ToolClient.page(portal, session, "/tool/steps/action-plan");
        Map<String, String> form = ToolClient.action(option, ACTION, end.minusDays(1).toString(), end.toString());
        form.put("objective", "Clinique ouverte pendant les crues");
        form.put("department", "Santé");
        return ToolClient.postFrom(portal, session, "/tool/steps/action-plan", page, form);
    }

    private static void setClock(Instant now) throws IOException {
        Files.writeString(clockFile, now.toString());
    }
}
