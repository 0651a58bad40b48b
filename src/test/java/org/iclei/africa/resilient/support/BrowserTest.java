package org.iclei.africa.resilient.support;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebDriver;

/**
 * Base of the {@code *BrowserIT} classes: one headless Chromium per class on the shared portal,
 * skipped without Chromium (or a configured PostgreSQL) unless CI=true.
 */
@RequiresDatabase
@RequiresChromium
public abstract class BrowserTest {

    protected static PortalServer portal;
    protected static WebDriver browser;

    @BeforeAll
    static void openBrowser() {
        portal = PortalServer.get();
        browser = Browser.open();
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Clicks a link or button that loads a new page, and waits until the new page has replaced the old one. */
    protected static void clickAndWait(By by) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(by).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                // Chromium sometimes reports the old page's node this way while the new page loads
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** The path (and query) of the page the browser shows. */
    protected static String path() {
        URI uri = URI.create(browser.getCurrentUrl());
        return uri.getRawQuery() == null ? uri.getPath() : uri.getPath() + "?" + uri.getRawQuery();
    }
}
