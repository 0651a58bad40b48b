package org.iclei.africa.resilient.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.Browser;
import org.iclei.africa.resilient.support.BrowserTest;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: a member of a workspace whose trial has ended sees the read-only banner; an administrator opens
 * the workspace in the back office and grants membership (confirming nothing: a grant needs no confirmation);
 * when the member signs in again the banner says member and the forms to edit are back.
 */
class AdminGrantBrowserIT extends BrowserTest {

    private static void signIn(String email, String password) {
        browser.get(portal.url("/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        clickAndWait(By.id("sign-in"));
    }

    private static void signOut() {
        clickAndWait(By.id("sign-out"));
    }

    @Test
    void anAdministratorGrantsMembershipAndTheReadOnlyBannerIsGone() {
        String municipality = "Lüderitz " + System.nanoTime();
        String email = ToolClient.register(ToolClient.newEmail(), "Member of " + municipality, municipality, null);
        String admin = ToolClient.signIn("admin@localhost", ToolClient.loggedPassword("admin@localhost"));
        Matcher link = Pattern.compile("href=\"(/admin/workspaces/workspace\\?id=\\d+)\"[^>]*>" + Pattern.quote(municipality) + "<")
                .matcher(ToolClient.page(admin, "/admin/workspaces"));
        assertTrue(link.find());
        String workspace = link.group(1);
        String page = ToolClient.page(admin, workspace);
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertTrue(version.find());
        assertEquals(302, ToolClient.postFrom(admin, workspace, page,
                Map.of("access-form", "access-form", "version", version.group(1), "until", "", "days", "7", "end-trial", "")).statusCode());

        signIn(email, ToolClient.PASSWORD);
        browser.get(portal.url("/tool/steps/getting-started"));
        assertEquals("TRIAL_ENDED", browser.findElement(By.id("access-state")).getAttribute("data-state"));
        assertTrue(browser.findElement(By.id("access-text")).getText().contains("read only"));
        assertTrue(browser.findElements(By.id("form-core-team")).isEmpty(), "nothing to edit");
        Browser.screenshot(browser, "admin-grant-1-read-only");
        signOut();

        signIn("admin@localhost", ToolClient.loggedPassword("admin@localhost"));
        browser.findElement(By.id("admin-link")).click();
        clickAndWait(By.id("admin-nav-workspaces"));
        browser.findElement(By.linkText(municipality)).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("grant")));
        assertEquals("TRIAL_ENDED", browser.findElement(By.id("workspace-access")).getAttribute("data-access"));
        clickAndWait(By.id("grant"));
        assertEquals("MEMBER", browser.findElement(By.id("workspace-access")).getAttribute("data-access"));
        assertTrue(browser.findElement(By.id("admin-messages")).getText().contains("Membership granted"));
        Browser.screenshot(browser, "admin-grant-2-granted");
        signOut();

        signIn(email, ToolClient.PASSWORD);
        browser.get(portal.url("/tool/steps/getting-started"));
        assertEquals("MEMBER", browser.findElement(By.id("access-state")).getAttribute("data-state"));
        assertTrue(browser.findElement(By.id("access-text")).getText().startsWith("ICLEI member"));
        assertTrue(browser.findElements(By.id("read-only")).isEmpty(), "the read-only notice is gone");
        assertTrue(browser.findElement(By.id("form-core-team")).isDisplayed(), "the forms to edit are back");
        Browser.screenshot(browser, "admin-grant-3-member");
    }
}
