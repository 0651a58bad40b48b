package org.iclei.africa.resilient.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iclei.africa.resilient.support.Browser;
import org.iclei.africa.resilient.support.BrowserTest;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A French-speaking lead of Kédougou builds the chain of the plan in the browser: two risks on step 3, on step 5 one
 * option that answers both (ticked from the workspace's risks) until no high risk is left unanswered, on step 7 an
 * action that carries the option out, on step 8 an indicator that follows the action — and the report shows the chain
 * risk → option → action → indicator, in French. Screenshots go to target/screenshots/.
 */
class PlanChainBrowserIT extends BrowserTest {

    @AfterEach
    void signOut() {
        browser.manage().deleteAllCookies();
    }

    private static void addRisk(String hazard, String sector, int likelihood, int consequence) {
        browser.findElement(By.id("hazard")).sendKeys(hazard);
        new Select(browser.findElement(By.id("sector"))).selectByValue(sector);
        browser.findElement(By.id("impact")).sendKeys("Maisons et routes inondées dans les quartiers bas.");
        new Select(browser.findElement(By.id("likelihood"))).selectByValue(String.valueOf(likelihood));
        new Select(browser.findElement(By.id("consequence"))).selectByValue(String.valueOf(consequence));
        clickAndWait(By.id("save-risk"));
        assertTrue(browser.findElement(By.id("tool-done")).isDisplayed(), hazard + " enregistré");
    }

    private static void tick(String hazard) {
        WebElement label = browser.findElement(By.xpath("//fieldset[@id='risk-choices']//label[starts-with(normalize-space(.), '" + hazard + " · ')]"));
        label.click();
    }

    @Test
    void aFrenchLeadLinksAnOptionToTwoRisksAnActionAndAnIndicatorAndReadsTheChainInTheReport() {
        String email = ToolClient.register(ToolClient.newEmail(), "Aïssatou Diallo", "Kédougou " + System.nanoTime(), null, "fr");
        browser.manage().deleteAllCookies();
        browser.get(portal.url("/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(ToolClient.PASSWORD);
        clickAndWait(By.id("sign-in"));
        assertEquals("/tool", path());
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"), "the account's language");

        browser.get(portal.url("/tool/steps/impacts-and-risks"));
        addRisk("Crue de la Gambie", "WATER", 5, 4);
        addRisk("Vagues de chaleur", "HEALTH", 4, 4);
        addRisk("Érosion des berges", "INFRASTRUCTURE", 2, 2);

        browser.get(portal.url("/tool/steps/adaptation-options"));
        String unanswered = browser.findElement(By.id("unanswered-risks")).getText();
        assertTrue(unanswered.contains("Crue de la Gambie") && unanswered.contains("Vagues de chaleur"), unanswered);
        assertTrue(!unanswered.contains("Érosion des berges"), "a low risk need not be answered");
        browser.findElement(By.id("optionName")).sendKeys("Ceinture verte et alerte précoce");
        clickAndWait(By.id("save-option"));
        assertTrue(browser.findElement(By.id("riskIds-error")).getText().contains("Veuillez choisir les risques"),
                "without a risk, the option is refused in French");
        assertEquals("Ceinture verte et alerte précoce", browser.findElement(By.id("optionName")).getAttribute("value"), "the input stays");
        tick("Crue de la Gambie");
        tick("Vagues de chaleur");
        new Select(browser.findElement(By.id("optionType"))).selectByValue("WIN_WIN");
        browser.findElement(By.id("leadDepartment")).sendKeys("Environnement");
        clickAndWait(By.id("save-option"));
        assertTrue(browser.findElement(By.id("tool-done")).isDisplayed());
        assertTrue(browser.findElement(By.id("no-unanswered-risks")).isDisplayed(), "both high risks are answered");
        String option = browser.findElement(By.id("option-table")).getText();
        assertTrue(option.contains("Crue de la Gambie") && option.contains("Vagues de chaleur"), option);
        Browser.screenshot(browser, "chain-fr-step-5");

        browser.get(portal.url("/tool/steps/action-plan"));
        new Select(browser.findElement(By.id("optionId"))).selectByVisibleText("Ceinture verte et alerte précoce");
        browser.findElement(By.id("actionText")).sendKeys("Planter 40 ha de forêt galerie");
        browser.findElement(By.id("objective")).sendKeys("Berges tenues avant l’hivernage 2027");
        browser.findElement(By.id("department")).sendKeys("Environnement");
        clickAndWait(By.id("save-action"));
        assertTrue(browser.findElement(By.id("tool-done")).isDisplayed());
        assertTrue(browser.findElement(By.id("action-table")).getText().contains("Ceinture verte et alerte précoce"), "the action names its option");
        Browser.screenshot(browser, "chain-fr-step-7");

        browser.get(portal.url("/tool/steps/monitoring"));
        new Select(browser.findElement(By.id("indicators-action"))).selectByVisibleText("Planter 40 ha de forêt galerie");
        browser.findElement(By.id("indicators-indicator")).sendKeys("Hectares plantés");
        browser.findElement(By.id("indicators-baseline")).sendKeys("0");
        browser.findElement(By.id("indicators-target")).sendKeys("40");
        new Select(browser.findElement(By.id("indicators-frequency"))).selectByValue("quarterly");
        browser.findElement(By.id("indicators-owner")).sendKeys("Service des eaux et forêts");
        clickAndWait(By.id("save-indicators"));
        assertTrue(browser.findElement(By.id("tool-done")).isDisplayed());

        browser.get(portal.url("/tool/report"));
        WebElement chain = browser.findElement(By.id("report-chain"));
        String text = chain.getText();
        assertTrue(text.startsWith("Du risque à l’indicateur"), text);
        assertInOrder(text, "Crue de la Gambie", "Ceinture verte et alerte précoce", "Planter 40 ha de forêt galerie", "Hectares plantés",
                "Trimestrielle", "Vagues de chaleur", "Ceinture verte et alerte précoce", "Planter 40 ha de forêt galerie", "Érosion des berges");
        Browser.screenshot(browser, "chain-fr-report");

        browser.get(portal.url("/tool"));
        assertInOrder(browser.findElement(By.id("dash-chain-section")).getText(), "Crue de la Gambie", "Ceinture verte et alerte précoce",
                "Planter 40 ha de forêt galerie", "Hectares plantés");
        Browser.screenshot(browser, "chain-fr-dashboard");
    }

    private static void assertInOrder(String text, String... parts) {
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertTrue(found >= 0, "« " + part + " » after position " + at + " in:\n" + text);
            at = found + part.length();
        }
    }
}
