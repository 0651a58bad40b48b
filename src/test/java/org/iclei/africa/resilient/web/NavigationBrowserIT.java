package org.iclei.africa.resilient.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.iclei.africa.resilient.support.Browser;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresChromium;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** A visitor in Chromium: the home page, every menu entry, the language switch, a phone-sized screen. */
@RequiresDatabase
@RequiresChromium
class NavigationBrowserIT {

    private static final List<String> MENU = List.of("home", "tool", "pioneers", "supporters", "library", "register", "about", "contacts");

    private static PortalServer portal;
    private static WebDriver browser;

    @BeforeAll
    static void open() {
        portal = PortalServer.get();
        browser = Browser.open();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    private String currentMenuEntry() {
        return browser.findElement(By.cssSelector("#site-nav a[aria-current='page']")).getAttribute("id");
    }

    @Test
    void theMenuLeadsToEveryPage() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(portal.url("/"));
        assertEquals("nav-home", currentMenuEntry());
        for (String entry : MENU) {
            browser.findElement(By.id("nav-" + entry)).click();
            String expectedPath = entry.equals("home") ? "/" : "/" + entry;
            assertEquals(expectedPath, path());
            assertEquals("nav-" + entry, currentMenuEntry());
            assertTrue(browser.findElement(By.id("page-heading")).isDisplayed(), entry);
            assertTrue(browser.getTitle().endsWith("Resilient Africa"), browser.getTitle());
            Browser.screenshot(browser, "navigation-" + entry);
        }
    }

    @Test
    void theLanguageSwitchTranslatesAndRemembers() {
        browser.get(portal.url("/pioneers"));
        browser.findElement(By.id("lang-fr")).click();
        assertEquals("/pioneers", path());
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Villes pionnières", browser.findElement(By.id("page-heading")).getText());

        browser.findElement(By.id("nav-about")).click();
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.id("lang-pt")).click();
        assertEquals("/about", path());
        assertEquals("Sobre nós", browser.findElement(By.id("page-heading")).getText());
        browser.findElement(By.id("lang-en")).click();
        assertEquals("About us", browser.findElement(By.id("page-heading")).getText());
    }

    @Test
    void aPhoneScreenNeedsNoSideScrolling() {
        browser.manage().window().setSize(new Dimension(360, 740));
        try {
            for (String entry : MENU) {
                browser.get(portal.url(entry.equals("home") ? "/" : "/" + entry));
                long pageWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
                long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
                assertTrue(pageWidth <= viewport, entry + " is " + pageWidth + "px wide on a " + viewport + "px screen");
                Browser.screenshot(browser, "phone-" + entry);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
