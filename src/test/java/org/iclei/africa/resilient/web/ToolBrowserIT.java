package org.iclei.africa.resilient.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.iclei.africa.resilient.support.Browser;
import org.iclei.africa.resilient.support.BrowserTest;
import org.iclei.africa.resilient.support.MailServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A municipal lead in Chromium adds two risks in step 3, finds them in the right heat-map cells, marks the step complete, adds an option in step 5 and scores it in step 6 and sees it ranked, then plans an action for it, follows it with an indicator and finds it all on the dashboard. */
class ToolBrowserIT extends BrowserTest {

    private void addRisk(String hazard, String sector, int likelihood, int consequence) {
        browser.findElement(By.id("hazard")).sendKeys(hazard);
        new Select(browser.findElement(By.id("sector"))).selectByValue(sector);
        browser.findElement(By.id("impact")).sendKeys("Damage to homes and services in low-lying wards.");
        new Select(browser.findElement(By.id("likelihood"))).selectByValue(String.valueOf(likelihood));
        new Select(browser.findElement(By.id("consequence"))).selectByValue(String.valueOf(consequence));
        clickAndWait(By.id("save-risk"));
        assertTrue(browser.findElement(By.id("tool-done")).isDisplayed());
    }

    @Test
    void risksLandInTheirHeatMapCellsAndTheStepIsCompleted() {
        String email = "lead." + System.nanoTime() + "@example.org";
        browser.get(portal.url("/register"));
        browser.findElement(By.id("fullName")).sendKeys("Lead Planner");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("jobTitle")).sendKeys("Head of planning");
        browser.findElement(By.id("municipality")).sendKeys("Swakopmund " + System.nanoTime());
        new Select(browser.findElement(By.id("country"))).selectByValue("NA");
        browser.findElement(By.id("password")).sendKeys("welwitschia-desert-9");
        browser.findElement(By.id("passwordConfirm")).sendKeys("welwitschia-desert-9");
        browser.findElement(By.id("consent")).click();
        clickAndWait(By.id("create"));
        browser.get(MailServer.await(email, "Confirm", Duration.ofSeconds(30)).link("/account/confirm"));

        browser.get(portal.url("/tool/steps/impacts-and-risks"));
        assertEquals("/login", path(), "the tool asks for sign-in first");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("welwitschia-desert-9");
        clickAndWait(By.id("sign-in"));
        assertEquals("/tool/steps/impacts-and-risks", path(), "and then returns to the tool");

        addRisk("Storm surge", "INFRASTRUCTURE", 3, 4);
        addRisk("Drinking water shortage", "WATER", 5, 5);
        assertEquals("1", browser.findElement(By.id("cell-3-4")).getAttribute("data-count"));
        assertTrue(browser.findElement(By.id("cell-3-4")).getText().contains("Storm surge"));
        assertEquals("1", browser.findElement(By.id("cell-5-5")).getAttribute("data-count"));
        assertTrue(browser.findElement(By.id("cell-5-5")).getText().contains("Extreme"));
        assertEquals("IN_PROGRESS", browser.findElement(By.id("step-status")).getAttribute("data-status"));

        clickAndWait(By.id("complete-step"));
        assertEquals("COMPLETE", browser.findElement(By.id("step-status")).getAttribute("data-status"));
        Browser.screenshot(browser, "tool-step-3");

        // step 5 adds the option for the high risk, step 6 scores it
        clickAndWait(By.id("next-step"));
        assertEquals("/tool/steps/vulnerability", path(), "step 3 leads on to step 4");
        browser.get(portal.url("/tool/steps/adaptation-options"));
        browser.findElement(By.id("optionName")).sendKeys("Desalination back-up");
        browser.findElement(By.xpath("//label[starts-with(normalize-space(.), 'Drinking water shortage · ')]")).click();
        new Select(browser.findElement(By.id("optionType"))).selectByValue("FLEXIBLE");
        browser.findElement(By.id("leadDepartment")).sendKeys("Water services");
        clickAndWait(By.id("save-option"));
        assertTrue(browser.findElement(By.id("option-table")).getText().contains("Desalination back-up"));
        clickAndWait(By.id("next-step"));
        assertEquals("/tool/steps/prioritisation", path());
        clickAndWait(By.cssSelector("[id^='score-option-']"));
        for (String criterion : new String[] {"EFFECTIVENESS", "COST", "TECHNICAL_FEASIBILITY", "INSTITUTIONAL_FEASIBILITY",
            "CO_BENEFITS", "STAKEHOLDER_SUPPORT", "URGENCY"}) {
            new Select(browser.findElement(By.id("score-" + criterion))).selectByValue("4");
        }
        clickAndWait(By.id("save-option"));
        assertEquals("Desalination back-up", browser.findElement(By.id("rank-1")).getAttribute("data-option"));
        Browser.screenshot(browser, "tool-prioritisation");

        browser.get(portal.url("/tool/steps/action-plan"));
        new Select(browser.findElement(By.id("optionId"))).selectByVisibleText("Desalination back-up");
        browser.findElement(By.id("actionText")).sendKeys("Feasibility study for a back-up desalination unit");
        browser.findElement(By.id("objective")).sendKeys("Study approved by council by March 2027");
        browser.findElement(By.id("department")).sendKeys("Water services");
        browser.findElement(By.id("budget")).sendKeys("250000");
        new Select(browser.findElement(By.id("actionStatus"))).selectByValue("UNDER_WAY");
        clickAndWait(By.id("save-action"));
        assertTrue(browser.findElement(By.id("tool-done")).isDisplayed());
        assertEquals("1", browser.findElement(By.id("count-UNDER_WAY")).getAttribute("data-count"));
        assertTrue(browser.findElement(By.id("action-table")).getText().contains("Feasibility study for a back-up desalination unit"));
        Browser.screenshot(browser, "tool-action-plan");

        // step 8: an indicator for that action, with a mistake first (the input stays, the message says what to fix)
        browser.get(portal.url("/tool/steps/monitoring"));
        new Select(browser.findElement(By.id("indicators-action"))).selectByVisibleText("Feasibility study for a back-up desalination unit");
        browser.findElement(By.id("indicators-indicator")).sendKeys("Study approved");
        browser.findElement(By.id("indicators-baseline")).sendKeys("No study");
        browser.findElement(By.id("indicators-owner")).sendKeys("Water services");
        clickAndWait(By.id("save-indicators"));
        assertTrue(browser.findElement(By.id("indicators-target-error")).getText().contains("Please fill in this field."));
        assertEquals("Study approved", browser.findElement(By.id("indicators-indicator")).getAttribute("value"));
        browser.findElement(By.id("indicators-target")).sendKeys("Approved by council");
        new Select(browser.findElement(By.id("indicators-frequency"))).selectByValue("quarterly");
        clickAndWait(By.id("save-indicators"));
        assertTrue(browser.findElement(By.id("table-indicators")).getText().contains("Quarterly"));
        Browser.screenshot(browser, "tool-monitoring");

        // the dashboard at /tool sums it up
        browser.get(portal.url("/tool"));
        assertEquals("COMPLETE", browser.findElement(By.id("dash-step-3")).getAttribute("data-status"));
        assertEquals("IN_PROGRESS", browser.findElement(By.id("dash-step-8")).getAttribute("data-status"));
        assertEquals("NOT_STARTED", browser.findElement(By.id("dash-step-1")).getAttribute("data-status"));
        assertTrue(browser.findElement(By.id("top-risks")).getText().startsWith("Drinking water shortage"));
        assertEquals("1", browser.findElement(By.id("dash-count-UNDER_WAY")).getAttribute("data-count"));
        assertEquals("1", browser.findElement(By.id("continue-step")).getAttribute("data-step"), "step 1 is the first not complete");
        assertEquals("1", browser.findElement(By.id("cell-5-5")).getAttribute("data-count"), "the small heat map");
        Browser.screenshot(browser, "tool-dashboard");
    }
}
