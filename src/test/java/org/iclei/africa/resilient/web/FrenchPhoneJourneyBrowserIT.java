package org.iclei.africa.resilient.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.iclei.africa.resilient.support.Browser;
import org.iclei.africa.resilient.support.BrowserTest;
import org.iclei.africa.resilient.support.MailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A French-speaking officer of a town in Côte d'Ivoire, on a 360×740 phone: registers (first with two mistakes,
 * both reported at once), confirms, signs in and lands on the dashboard, follows "continue" to step 1, goes to step 3
 * and adds three risks, finds the heat map readable, then goes on to the next step. Every screen is checked to fit the
 * phone (nothing wider than 360 px, a header under 120 px) and saved to target/screenshots/.
 */
class FrenchPhoneJourneyBrowserIT extends BrowserTest {

    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void phone() {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(360, 740));
    }

    @AfterEach
    void laptop() {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private static long number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }

    /** Notes what does not fit the phone, and keeps a screenshot of the screen. */
    private void screen(String name) {
        long width = number("return document.documentElement.scrollWidth;");
        long header = number("return Math.round(document.querySelector('.site-header').getBoundingClientRect().height);");
        if (width > 360) {
            problems.add(name + " is " + width + " px wide");
        }
        if (header >= 120) {
            problems.add(name + ": header " + header + " px");
        }
        Browser.screenshot(browser, "journey-fr-" + name);
    }

    private static void fillRegistration(String email, String password, String confirmation, boolean consent) {
        browser.findElement(By.id("fullName")).clear();
        browser.findElement(By.id("fullName")).sendKeys("Awa Koné");
        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("jobTitle")).clear();
        browser.findElement(By.id("jobTitle")).sendKeys("Chargée de l’environnement");
        browser.findElement(By.id("municipality")).clear();
        browser.findElement(By.id("municipality")).sendKeys("Grand-Bassam " + System.nanoTime());
        new Select(browser.findElement(By.id("country"))).selectByValue("CI");
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("passwordConfirm")).sendKeys(confirmation);
        if (consent != browser.findElement(By.id("consent")).isSelected()) {
            browser.findElement(By.id("consent")).click();
        }
    }

    private void addRisk(String hazard, String sector, int likelihood, int consequence) {
        browser.findElement(By.id("hazard")).sendKeys(hazard);
        new Select(browser.findElement(By.id("sector"))).selectByValue(sector);
        browser.findElement(By.id("impact")).sendKeys("Dégâts aux logements et aux services dans les quartiers bas.");
        new Select(browser.findElement(By.id("likelihood"))).selectByValue(String.valueOf(likelihood));
        new Select(browser.findElement(By.id("consequence"))).selectByValue(String.valueOf(consequence));
        clickAndWait(By.id("save-risk"));
        assertTrue(browser.findElement(By.id("tool-done")).isDisplayed(), hazard + " saved");
    }

    @Test
    void registerSignInContinueAddRisksAndGoOnToTheNextStep() {
        browser.get(portal.url("/language?to=fr&next=/register"));
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        screen("1-register");
        String email = "awa.kone." + System.nanoTime() + "@example.org";
        String password = "fromager-lagune-2026";
        fillRegistration(email, password, "autre-mot-de-passe-2026", false);
        clickAndWait(By.id("create"));
        List<String> errors = browser.findElements(By.cssSelector("#error-summary li")).stream().map(e -> e.getText()).toList();
        assertTrue(errors.size() >= 2, "both mistakes reported at once: " + errors);
        assertTrue(browser.findElement(By.id("passwords-emptied")).isDisplayed(), "says the passwords were emptied");
        screen("2-register-errors");

        fillRegistration(email, password, password, true);
        clickAndWait(By.id("create"));
        assertTrue(browser.findElement(By.id("register-sent")).isDisplayed());
        browser.get(MailServer.await(email, "Confirmez", Duration.ofSeconds(30)).link("/account/confirm"));
        screen("3-confirmed");
        clickAndWait(By.id("confirm-sign-in"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        clickAndWait(By.id("sign-in"));
        assertEquals("/tool", path(), "signing in lands on the dashboard");
        assertEquals("TRIAL", browser.findElement(By.id("access-state")).getAttribute("data-state"));
        screen("4-dashboard");

        assertEquals("1", browser.findElement(By.id("continue-step")).getAttribute("data-step"));
        clickAndWait(By.id("continue-step"));
        assertEquals("/tool/steps/getting-started", path());
        screen("5-step-1");

        browser.get(portal.url("/tool/steps/impacts-and-risks"));
        addRisk("Inondation de la lagune", "INFORMAL_SETTLEMENTS", 4, 4);
        addRisk("Érosion côtière", "INFRASTRUCTURE", 3, 5);
        addRisk("Vague de chaleur", "HEALTH", 5, 2);
        assertEquals("1", browser.findElement(By.id("cell-4-4")).getAttribute("data-count"));
        assertEquals("1", browser.findElement(By.id("cell-3-5")).getAttribute("data-count"));
        assertEquals("1", browser.findElement(By.id("cell-5-2")).getAttribute("data-count"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('heat-map-heading').scrollIntoView();");
        assertTrue(browser.findElement(By.id("heat-map-hint")).isDisplayed(), "the heat map says that it scrolls");
        screen("6-step-3-heat-map");

        clickAndWait(By.id("next-step"));
        assertEquals("/tool/steps/vulnerability", path(), "on to step 4");
        screen("7-step-4");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
