package org.iclei.africa.resilient.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.iclei.africa.resilient.support.Browser;
import org.iclei.africa.resilient.support.BrowserTest;
import org.iclei.africa.resilient.support.DemoContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/** A visitor in Chromium: the home page, every menu entry, the language switch, a phone-sized screen. */
class NavigationBrowserIT extends BrowserTest {

    private static final List<String> MENU = List.of("home", "tool", "pioneers", "supporters", "library", "register", "about", "contacts");

    private static String title(String page, String language) {
        return DemoContent.list("pages").stream().filter(p -> p.getString("slug").equals(page)).findFirst().orElseThrow()
                .getJsonObject("texts").getJsonObject(language).getString("title");
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
            clickAndWait(By.id("nav-" + entry));
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
        clickAndWait(By.id("lang-fr"));
        assertEquals("/pioneers", path());
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(title("pioneers", "fr"), browser.findElement(By.id("page-heading")).getText());

        clickAndWait(By.id("nav-about"));
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        clickAndWait(By.id("lang-pt"));
        assertEquals("/about", path());
        assertEquals(title("about", "pt"), browser.findElement(By.id("page-heading")).getText());
        clickAndWait(By.id("lang-en"));
        assertEquals(title("about", "en"), browser.findElement(By.id("page-heading")).getText());
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
