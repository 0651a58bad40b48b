package org.iclei.africa.resilient.web.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.iclei.africa.resilient.support.Browser;
import org.iclei.africa.resilient.support.BrowserTest;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator adds a resource with a PDF through the real form of /admin/resources in Chromium; a visitor, in
 * a browser of their own, searches the library for it and downloads it; the administrator then deletes it through
 * the confirmation dialog, and the download is gone.
 */
class AdminResourceBrowserIT extends BrowserTest {

    private static final byte[] PDF = "%PDF-1.4\n% a guide to cooler streets\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void anAdministratorAddsAResourceWithAFileAndAVisitorDownloadsIt() throws IOException {
        String title = "Cooler streets " + System.nanoTime();
        Path pdf = Files.createTempFile("cooler-streets-", ".pdf");
        Files.write(pdf, PDF);

        browser.get(portal.url("/admin/resources"));
        assertEquals("/login", path(), "the back office asks for sign-in");
        browser.findElement(By.id("email")).sendKeys("admin@localhost");
        browser.findElement(By.id("password")).sendKeys(ToolClient.loggedPassword("admin@localhost"));
        clickAndWait(By.id("sign-in"));
        browser.get(portal.url("/admin/resources"));
        assertEquals("/admin/resources", path());

        clickAndWait(By.cssSelector("#resource-add a, a#resource-add"));
        ResourceForm form = new ResourceForm(browser);
        form.title(title).summary("Shade, trees and light surfaces that keep a neighbourhood cool.")
                .type("GUIDE").year("2026").topic("water").file(pdf);
        Browser.screenshot(browser, "admin-resource-1-form");
        clickAndWait(By.id("resource-form:save"));
        assertTrue(path().matches("/admin/resources/resource\\?id=\\d+"), path());
        assertTrue(browser.findElement(By.id("admin-messages")).getText().contains("Saved."));
        assertEquals(pdf.getFileName().toString(), browser.findElement(By.id("resource-current-file")).getText());
        assertEquals("0", browser.findElement(By.id("resource-downloads")).getText());
        Browser.screenshot(browser, "admin-resource-2-saved");
        String adminPage = browser.getCurrentUrl();

        WebDriver visitor = Browser.open();
        try {
            visitor.get(portal.url("/library"));
            visitor.findElement(By.id("q")).sendKeys(title);
            visitor.findElement(By.id("library-apply")).click();
            WebElement item = new WebDriverWait(visitor, Duration.ofSeconds(15)).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#library-results .resource")));
            assertEquals(title, item.findElement(By.cssSelector("a.resource-page")).getText(), "the title links to the resource's page");
            WebElement download = item.findElement(By.cssSelector("a.resource-download"));
            Browser.screenshot(visitor, "admin-resource-3-library");
            String href = download.getAttribute("href");
            HttpResponse<byte[]> file = Http.getBytes(href);
            assertEquals(200, file.statusCode());
            assertArrayEquals(PDF, file.body());
            assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);

            browser.get(adminPage);
            assertEquals("1", browser.findElement(By.id("resource-downloads")).getText(), "the download was counted");
            browser.findElement(By.id("resource-delete-form:delete")).click();
            WebElement yes = new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(By.id("confirm-form:confirm-yes")));
            Browser.screenshot(browser, "admin-resource-4-confirm");
            yes.click();
            // the list after the redirect (polling the old page for staleness can meet Chromium's "node does not belong to
            // the document" while it is being replaced: any such error only means "not yet")
            new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                    .until(driver -> "/admin/resources".equals(path()) && !driver.findElements(By.id("resources-form:resources-table")).isEmpty());
            assertEquals("/admin/resources", path());
            assertFalse(browser.findElement(By.id("resources-form:resources-table")).getText().contains(title));
            assertEquals(404, Http.getBytes(href).statusCode(), "a deleted resource's file is no longer served");
        } finally {
            visitor.quit();
            Files.deleteIfExists(pdf);
        }
    }

    /** The page object of /admin/resources/resource: every field found by its id. */
    static final class ResourceForm {
        private static final String FORM = "resource-form:";
        private final WebDriver driver;

        ResourceForm(WebDriver driver) {
            this.driver = driver;
            assertTrue(driver.findElement(By.id("page-heading")).isDisplayed());
        }

        ResourceForm title(String text) {
            driver.findElement(By.id(FORM + "title")).sendKeys(text);
            return this;
        }

        ResourceForm summary(String text) {
            driver.findElement(By.id(FORM + "summary")).sendKeys(text);
            return this;
        }

        ResourceForm year(String year) {
            driver.findElement(By.id(FORM + "year")).sendKeys(year);
            return this;
        }

        /** Picks a value of the PrimeFaces menu {@code type} (its items carry the enum name in the hidden select). */
        ResourceForm type(String value) {
            WebElement option = driver.findElement(By.cssSelector("select[id='" + FORM + "type_input'] option[value='" + value + "']"));
            String label = option.getAttribute("textContent").strip();
            By item = By.cssSelector("[id='" + FORM + "type_items'] li[data-label='" + label + "']");
            // the menu's panel opens with an animation: a click that lands while it moves can be lost, so try again
            for (int attempt = 0; attempt < 3 && !label.equals(driver.findElement(By.id(FORM + "type_label")).getText()); attempt++) {
                java.util.List<WebElement> panel = driver.findElements(By.id(FORM + "type_items"));
                if (panel.isEmpty() || !panel.get(0).isDisplayed()) {
                    driver.findElement(By.id(FORM + "type")).click(); // the panel is made when the menu first opens
                }
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(item)).click();
                try {
                    new WebDriverWait(driver, Duration.ofSeconds(3))
                            .until(ExpectedConditions.textToBe(By.id(FORM + "type_label"), label));
                } catch (org.openqa.selenium.TimeoutException e) {
                    // not taken: open the menu and pick again
                }
            }
            assertEquals(label, driver.findElement(By.id(FORM + "type_label")).getText());
            return this;
        }

        ResourceForm topic(String slug) {
            WebElement box = driver.findElement(By.cssSelector("input[name='" + FORM + "topics'][value='" + slug + "']"));
            driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
            assertTrue(box.isSelected(), slug + " ticked");
            return this;
        }

        ResourceForm file(Path file) {
            try {
                driver.findElement(By.id(FORM + "file")).sendKeys(file.toRealPath().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }
    }
}
