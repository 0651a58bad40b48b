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

/** A new official in Chromium: register → open the link from the mail → sign in → the dashboard shows the trial → sign out. */
class AccountBrowserIT extends BrowserTest {

    @Test
    void registerConfirmSignInAndSignOut() {
        String email = "browser." + System.nanoTime() + "@example.org";
        browser.get(portal.url("/register"));
        browser.findElement(By.id("fullName")).sendKeys("Kofi Mensah");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("jobTitle")).sendKeys("Planning officer");
        browser.findElement(By.id("municipality")).sendKeys("Port Louis");
        new Select(browser.findElement(By.id("country"))).selectByValue("MU");
        browser.findElement(By.id("password")).sendKeys("flamboyant-tree-2026");
        browser.findElement(By.id("passwordConfirm")).sendKeys("flamboyant-tree-2026");
        browser.findElement(By.id("consent")).click();
        Browser.screenshot(browser, "account-1-register");
        clickAndWait(By.id("create"));
        assertTrue(browser.findElement(By.id("register-sent")).isDisplayed());

        String link = MailServer.await(email, "Confirm your e-mail address", Duration.ofSeconds(30)).link("/account/confirm");
        browser.get(link);
        assertEquals("CONFIRMED", browser.findElement(By.id("confirm-result")).getAttribute("data-result"));
        clickAndWait(By.id("confirm-sign-in"));

        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("flamboyant-tree-2026");
        clickAndWait(By.id("sign-in"));
        assertEquals("/tool", path(), "signing in leads to the workspace dashboard");
        assertEquals("TRIAL", browser.findElement(By.id("access-state")).getAttribute("data-state"));
        assertTrue(browser.findElement(By.id("access-text")).getText().startsWith("Free trial of your municipality’s workspace until"));
        Browser.screenshot(browser, "account-2-signed-in");

        clickAndWait(By.id("sign-out"));
        assertTrue(browser.findElement(By.id("sign-in-link")).isDisplayed());
        browser.get(portal.url("/account"));
        assertEquals("/login", path());
    }
}
