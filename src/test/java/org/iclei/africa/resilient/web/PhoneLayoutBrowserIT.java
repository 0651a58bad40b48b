package org.iclei.africa.resilient.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.iclei.africa.resilient.support.Browser;
import org.iclei.africa.resilient.support.BrowserTest;
import org.iclei.africa.resilient.support.DemoContent;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A 360 × 740 phone in English, French and Portuguese: no public page and none of the demo lead's tool pages
 * is wider than the screen, the header stays under 120 px with its menu behind a button that opens without
 * JavaScript (a checkbox's label), the heat map says that it scrolls, a save comes back to the saved row, and a registration with
 * two mistakes reports both at once in a summary at the top. Screenshots in target/screenshots/phone-*.png.
 */
class PhoneLayoutBrowserIT extends BrowserTest {

    private static final String DEMO_LEAD = "demo.lead@example.org";
    private static final List<String> LANGUAGES = List.of("en", "fr", "pt");
    private static final List<String> PUBLIC = List.of("/", "/tool", "/pioneers", "/supporters", "/library", "/register",
            "/about", "/contacts", "/login", "/account/forgot", "/account/resend");
    private static final List<String> TOOL = List.of("/tool", "/tool/steps/getting-started", "/tool/steps/climate-baseline",
            "/tool/steps/impacts-and-risks", "/tool/steps/vulnerability", "/tool/steps/adaptation-options",
            "/tool/steps/prioritisation", "/tool/steps/action-plan", "/tool/steps/monitoring", "/tool/members",
            "/tool/report", "/account");

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

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static long number(String script) {
        return ((Number) js(script)).longValue();
    }

    private static void speak(String language) {
        browser.get(portal.url("/language?to=" + language + "&next=/"));
        assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"));
    }

    /** The page fits the phone: nothing wider than the screen, a header under 120 px; a screenshot of it. */
    private static void checkFits(String path, String language, List<String> problems) {
        browser.get(portal.url(path));
        long width = number("return document.documentElement.scrollWidth;");
        long header = number("return Math.round(document.querySelector('.site-header').getBoundingClientRect().height);");
        if (width > 360) {
            Object wide = js("const out = []; document.querySelectorAll('body *').forEach(e => { const r = e.getBoundingClientRect();"
                    + " if (r.right > 360.5 && out.length < 3) out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); });"
                    + " return out.join(', ');");
            problems.add(language + " " + path + " is " + width + " px wide on a 360 px screen (" + wide + ")");
        }
        if (header >= 120) {
            problems.add(language + " " + path + ": the header is " + header + " px high");
        }
        String name = path.equals("/") ? "home" : path.substring(1).replace('/', '-');
        Browser.screenshot(browser, "phone-" + language + "-" + name);
    }

    @Test
    void publicPagesFitAPhoneInEveryLanguage() {
        List<String> pages = new ArrayList<>(PUBLIC);
        pages.add("/pioneers/" + DemoContent.list("pioneers").get(0).getString("slug"));
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            speak(language);
            for (String path : pages) {
                checkFits(path, language, problems);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theDemoLeadsToolPagesFitAPhoneInEveryLanguage() {
        signInAsDemoLead();
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            speak(language);
            for (String path : TOOL) {
                checkFits(path, language, problems);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theMenuOpensWithoutJavaScriptAndTheHeatMapSaysItScrolls() {
        browser.get(portal.url("/about"));
        assertFalse(browser.findElement(By.id("nav-library")).isDisplayed(), "the menu is closed on a phone");
        browser.findElement(By.id("menu-button")).click();
        assertTrue(browser.findElement(By.id("menu-toggle")).isSelected());
        assertTrue(browser.findElement(By.id("nav-library")).isDisplayed());
        Browser.screenshot(browser, "phone-menu-open");
        clickAndWait(By.id("nav-library"));
        assertEquals("/library", path());

        signInAsDemoLead();
        browser.get(portal.url("/tool/steps/impacts-and-risks"));
        boolean scrolls = (Boolean) js("const s = document.getElementById('heat-map-scroll'); return s.scrollWidth > s.clientWidth;");
        if (scrolls) {
            assertTrue(browser.findElement(By.id("heat-map-hint")).isDisplayed(), "a heat map wider than the screen says that it scrolls");
            js("document.getElementById('heat-map-scroll').scrollLeft = 1000;");
            WebElement label = browser.findElement(By.cssSelector("#heat-map tbody th"));
            long left = number("return Math.round(document.querySelector('#heat-map tbody th').getBoundingClientRect().left"
                    + " - document.getElementById('heat-map-scroll').getBoundingClientRect().left);");
            assertTrue(label.isDisplayed() && left <= 1, "the likelihood labels stay in view while the map scrolls (" + left + ")");
        }
        Browser.screenshot(browser, "phone-heat-map");
    }

    @Test
    void aSavedRowIsWhereThePageOpens() {
        signInAsDemoLead();
        browser.get(portal.url("/tool/steps/getting-started"));
        WebElement edit = browser.findElements(By.cssSelector("#table-core-team a[id^='edit-']")).get(0);
        String row = edit.getAttribute("id").substring("edit-".length());
        clickAndWait(By.id(edit.getAttribute("id")));
        clickAndWait(By.id("save-core-team"));
        assertTrue(browser.getCurrentUrl().endsWith("#row-" + row), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("saved-" + row)).isDisplayed());
        long top = number("return Math.round(document.getElementById('row-" + row + "').getBoundingClientRect().top);");
        assertTrue(top >= 0 && top < 740, "the saved row is on the screen (" + top + ")");
        Browser.screenshot(browser, "phone-saved-row");
    }

    @Test
    void aRegistrationWithTwoMistakesReportsBothAtOnce() {
        speak("fr");
        browser.get(portal.url("/register"));
        browser.findElement(By.id("fullName")).sendKeys("Awa Koné");
        browser.findElement(By.id("email")).sendKeys("awa." + System.nanoTime() + "@example.org");
        browser.findElement(By.id("jobTitle")).sendKeys("Chargée de l'environnement");
        browser.findElement(By.id("municipality")).sendKeys("Bouaké " + System.nanoTime());
        new Select(browser.findElement(By.id("country"))).selectByValue("CI");
        browser.findElement(By.id("password")).sendKeys("savane-humide-2026");
        browser.findElement(By.id("passwordConfirm")).sendKeys("savane-seche-2026"); // mistake 1: the passwords differ
        // mistake 2: no consent
        clickAndWait(By.id("create"));

        WebElement summary = browser.findElement(By.id("error-summary"));
        List<WebElement> links = summary.findElements(By.cssSelector("li a"));
        List<String> targets = links.stream().map(a -> a.getAttribute("href").replaceAll(".*#", "")).toList();
        assertEquals(List.of("consent", "passwordConfirm"), targets.stream().sorted().toList(),
                "both mistakes are in the summary, each linking to its field: " + summary.getText());
        assertFalse(browser.findElement(By.id("passwordConfirm-error")).getText().isBlank());
        assertFalse(browser.findElement(By.id("consent-error")).getText().isBlank());
        assertTrue(browser.findElement(By.id("passwords-emptied")).isDisplayed(), "the summary says why the passwords are empty");
        long top = number("return Math.round(document.getElementById('error-summary').getBoundingClientRect().top);");
        assertTrue(top < 740, "the summary is on the first screen (" + top + ")");
        Browser.screenshot(browser, "phone-register-errors");
        links.get(0).click();
        assertTrue(browser.getCurrentUrl().contains("#"), browser.getCurrentUrl());
    }

    private static void signInAsDemoLead() {
        browser.get(portal.url("/login"));
        browser.findElement(By.id("email")).sendKeys(DEMO_LEAD);
        browser.findElement(By.id("password")).sendKeys(ToolClient.loggedPassword(DEMO_LEAD));
        clickAndWait(By.id("sign-in"));
        assertFalse(path().startsWith("/login"), "the demo lead is signed in");
    }
}
