package org.iclei.africa.resilient.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.iclei.africa.resilient.support.Browser;
import org.iclei.africa.resilient.support.BrowserTest;
import org.iclei.africa.resilient.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A visitor's journey in Chromium: home → pioneers → one pioneer → the library, filtered → a download →
 * a contact message, first sent empty (errors next to the fields), then complete.
 */
class PublicJourneyBrowserIT extends BrowserTest {

    @Test
    void fromTheHomePageToAContactMessage() {
        browser.get(portal.url("/"));
        assertEquals(5, browser.findElements(By.cssSelector("#home-pioneers li")).size());
        assertEquals(8, browser.findElements(By.cssSelector("#home-steps li")).size());
        Browser.screenshot(browser, "journey-1-home");

        clickAndWait(By.id("nav-pioneers"));
        assertEquals("/pioneers", path());
        clickAndWait(By.id("pioneer-link-maputo"));
        assertEquals("/pioneers/maputo", path());
        assertEquals("Maputo", browser.findElement(By.id("page-heading")).getText());
        assertFalse(browser.findElement(By.id("pioneer-risks")).getText().isBlank());
        Browser.screenshot(browser, "journey-2-pioneer");

        clickAndWait(By.id("nav-library"));
        new Select(browser.findElement(By.id("lang"))).selectByValue("en");
        new Select(browser.findElement(By.id("type"))).selectByValue("GUIDE");
        clickAndWait(By.id("library-apply"));
        assertTrue(path().contains("type=GUIDE") && path().contains("lang=en"), path());
        List<WebElement> results = browser.findElements(By.cssSelector("#library-results .resource"));
        assertFalse(results.isEmpty(), "some English guides");
        for (WebElement result : results) {
            assertTrue(result.findElement(By.className("tag")).getText().equals("Guide"));
        }
        Browser.screenshot(browser, "journey-3-library");

        browser.navigate().refresh();
        assertEquals("GUIDE", new Select(browser.findElement(By.id("type"))).getFirstSelectedOption().getAttribute("value"),
                "the filter survives a reload");

        browser.get(portal.url("/library"));
        WebElement download = browser.findElement(By.cssSelector("#library-results a.resource-download"));
        String href = download.getAttribute("href");
        HttpResponse<byte[]> file = Http.getBytes(href);
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        assertTrue(file.body().length > 0);

        clickAndWait(By.id("nav-contacts"));
        clickAndWait(By.id("send"));
        assertEquals("true", browser.findElement(By.id("name")).getAttribute("aria-invalid"));
        assertFalse(browser.findElement(By.id("name-error")).getText().isBlank());
        Browser.screenshot(browser, "journey-4-contact-errors");

        browser.findElement(By.id("name")).sendKeys("Helena Shikongo");
        browser.findElement(By.id("email")).sendKeys("helena@walvisbaycc.org.na");
        browser.findElement(By.id("organisation")).sendKeys("Municipality of Walvis Bay");
        browser.findElement(By.id("subject")).sendKeys("Joining the network");
        browser.findElement(By.id("message")).sendKeys("We would like to start the process with our council.");
        clickAndWait(By.id("send"));
        assertTrue(browser.findElement(By.id("contact-sent")).isDisplayed());
        Browser.screenshot(browser, "journey-5-contact-sent");
    }
}
