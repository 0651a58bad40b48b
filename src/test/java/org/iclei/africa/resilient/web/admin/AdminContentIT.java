package org.iclei.africa.resilient.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /admin/content on the shared portal, with forms posted as a browser posts them: the French About text changed
 * and shown at once on /about in French, HTML cleaned on save, a stale save refused without overwriting (the
 * refusal names who saved before, read from the audit log), the preview that saves nothing, check items added,
 * shown as not translated yet and removed, and the pages closed to members. Titles and summaries are kept and the
 * body is put back at the end, so that the public pages' tests still find the demo texts.
 */
@RequiresDatabase
class AdminContentIT {

    private static final String ABOUT_FR = "/admin/content/page?slug=about&lang=fr";
    private static final String FORM_ACTION = "/admin/content/page";

    private static String admin;
    private final PortalServer portal = PortalServer.get();

    @BeforeAll
    static void signIn() {
        admin = ToolClient.signIn("admin@localhost", ToolClient.loggedPassword("admin@localhost"));
    }

    @Test
    void theTableListsEveryPageAndStepInEachLanguage() {
        Document table = Jsoup.parse(ToolClient.page(admin, "/admin/content"));
        assertEquals("Content", table.getElementById("page-heading").text());
        for (String slug : new String[] {"home", "tool", "pioneers", "supporters", "library", "register", "about", "contacts"}) {
            for (String language : new String[] {"en", "fr", "pt"}) {
                Element link = table.getElementById("edit-page-" + slug + "-" + language);
                assertNotNull(link, slug + " " + language);
                assertEquals("/admin/content/page?slug=" + slug + "&lang=" + language, link.attr("href"));
            }
        }
        assertEquals("/admin/content/step?slug=impacts-and-risks&lang=pt", table.getElementById("edit-step-impacts-and-risks-pt").attr("href"));
        assertEquals("Written", table.getElementById("edit-page-about-fr").text());
    }

    @Test
    void theFrenchAboutTextIsChangedCleanedAndShownAtOnce() {
        String opened = ToolClient.page(admin, ABOUT_FR);
        Document form = Jsoup.parse(opened);
        String title = form.selectFirst("input[name=page-form:title]").val();
        String summary = form.selectFirst("textarea[name=page-form:summary]").val();
        String original = form.selectFirst("input[name=page-form:body_input]").val();
        long version = Long.parseLong(form.selectFirst("input[name=page-form:version]").val());
        assertTrue(original.contains("ICLEI"), original);
        String otherAdminsView = ToolClient.page(admin, ABOUT_FR); // a second administrator opens the same text
        try {
            String marker = "Texte-admin-" + System.nanoTime();
            String body = "<p onclick=\"steal()\">" + marker + "<script>alert('x')</script> <a href=\"javascript:alert(1)\">piège</a> "
                    + "<a href=\"https://africa.iclei.org\">ICLEI</a><img src=x onerror=\"steal()\"></p>";
            HttpResponse<String> saved = save(opened, title, summary, body, version);
            assertEquals(302, saved.statusCode(), saved.body());
            assertTrue(saved.headers().firstValue("Location").orElseThrow().endsWith(ABOUT_FR));

            String publicPage = Http.get(portal.url("/about"), "Cookie", "lang=fr").body();
            Element shown = Jsoup.parse(publicPage).getElementById("page-body");
            assertTrue(shown.html().contains(marker), shown.html());
            assertFalse(shown.html().contains("<script"), shown.html());
            assertFalse(publicPage.contains("alert('x')"), "the script's code is gone too");
            assertFalse(shown.html().contains("onclick") || shown.html().contains("onerror"), shown.html());
            assertFalse(shown.html().contains("javascript:"), shown.html());
            assertEquals("https://africa.iclei.org", shown.select("a").last().attr("href"));
            assertEquals(title, Jsoup.parse(publicPage).getElementById("page-heading").text());
            // the language switch leads to the same text
            HttpResponse<String> switched = Http.get(portal.url("/language?to=fr&next=/about"));
            String cookie = switched.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("lang=")).findFirst().orElseThrow();
            assertTrue(Http.get(portal.url("/about"), "Cookie", cookie.substring(0, cookie.indexOf(';'))).body().contains(marker));

            Document reopened = Jsoup.parse(ToolClient.page(admin, ABOUT_FR));
            assertEquals(version + 1, Long.parseLong(reopened.selectFirst("input[name=page-form:version]").val()));
            assertTrue(reopened.selectFirst("input[name=page-form:body_input]").val().contains(marker));

            // the other administrator saves from the text they opened before: refused, nothing overwritten
            HttpResponse<String> stale = save(otherAdminsView, title, summary, "<p>STALE-" + marker + "</p>", version);
            assertEquals(200, stale.statusCode());
            assertTrue(stale.body().contains("This record was changed by admin@localhost"), "the conflict names who saved, from the audit log");
            assertTrue(stale.body().contains("STALE-" + marker), "the input is kept on the form");
            assertFalse(Http.get(portal.url("/about"), "Cookie", "lang=fr").body().contains("STALE-"), "nothing was overwritten");
            assertTrue(Http.get(portal.url("/about"), "Cookie", "lang=fr").body().contains(marker));
            assertFalse(Http.get(portal.url("/about"), "Cookie", "lang=en").body().contains(marker), "the English text is untouched");
        } finally {
            String now = ToolClient.page(admin, ABOUT_FR);
            long current = Long.parseLong(Jsoup.parse(now).selectFirst("input[name=page-form:version]").val());
            assertEquals(302, save(now, title, summary, original, current).statusCode());
        }
    }

    @Test
    void thePreviewShowsTheCleanedTextAndSavesNothing() {
        String opened = ToolClient.page(admin, ABOUT_FR);
        String marker = "Preview-" + System.nanoTime();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "page-form:preview");
        fields.put("jakarta.faces.partial.execute", "page-form");
        fields.put("jakarta.faces.partial.render", "page-form:page-preview");
        fields.put("page-form:preview", "page-form:preview");
        fields.put("page-form", "page-form");
        fields.put("page-form:version", "1");
        fields.put("page-form:title", "x");
        fields.put("page-form:summary", "x");
        fields.put("page-form:body_input", "<h2>" + marker + "</h2><p>ok<script>alert(2)</script><iframe src=\"https://x.org\"></iframe></p>");
        HttpResponse<String> preview = ToolClient.postFrom(admin, FORM_ACTION, opened, fields);
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("&lt;h2&gt;" + marker) || preview.body().contains("<h2>" + marker), preview.body());
        assertTrue(preview.body().contains("preview-body"), preview.body());
        assertFalse(preview.body().contains("alert(2)"), preview.body());
        assertFalse(preview.body().contains("iframe"), preview.body());
        assertFalse(Http.get(portal.url("/about"), "Cookie", "lang=fr").body().contains(marker));
    }

    @Test
    void checkItemsAreAddedInEnglishShownAsNotTranslatedAndRemoved() {
        String step = "/admin/content/step?slug=monitoring&lang=en";
        String text = "Item-" + System.nanoTime();
        String english = ToolClient.page(admin, step);
        Map<String, String> add = new LinkedHashMap<>();
        add.put("add-item-form", "add-item-form");
        add.put("add-item-form:new-item", text);
        add.put("add-item-form:add-item", "add-item-form:add-item");
        assertEquals(302, ToolClient.postFrom(admin, "/admin/content/step", english, add).statusCode());

        Document table = Jsoup.parse(ToolClient.page(admin, "/admin/content"));
        assertEquals("Written · 1 check item(s) in English", table.getElementById("edit-step-monitoring-fr").text());
        Document french = Jsoup.parse(ToolClient.page(admin, "/admin/content/step?slug=monitoring&lang=fr"));
        Element input = french.select("input[name$=item-text]").stream().filter(i -> i.val().equals(text)).findFirst().orElseThrow();
        assertEquals("Not translated yet (English shown)", french.getElementById("items-form:items:" + rowIndex(input) + ":item-missing").text());

        String page = ToolClient.page(admin, step);
        Document shown = Jsoup.parse(page);
        Element row = shown.select("input[name$=item-text]").stream().filter(i -> i.val().equals(text)).findFirst().orElseThrow();
        String prefix = "items-form:items:" + rowIndex(row) + ":";
        Map<String, String> remove = new LinkedHashMap<>();
        remove.put("items-form", "items-form");
        for (Element field : shown.select("#items-form input[name^=items-form:items:]")) {
            remove.put(field.attr("name"), field.val());
        }
        remove.put(prefix + "remove-item", prefix + "remove-item");
        HttpResponse<String> removed = ToolClient.postFrom(admin, "/admin/content/step", page, remove);
        assertEquals(302, removed.statusCode(), removed.body());
        assertFalse(ToolClient.page(admin, step).contains(text));
        assertNotEquals("Written · 1 check item(s) in English", Jsoup.parse(ToolClient.page(admin, "/admin/content"))
                .getElementById("edit-step-monitoring-fr").text());
    }

    @Test
    void membersAndVisitorsAreKeptOut() {
        String member = ToolClient.member("Content Town");
        for (String path : new String[] {"/admin/content", ABOUT_FR, "/admin/content/step?slug=monitoring&lang=pt"}) {
            assertEquals(403, ToolClient.get(member, path).statusCode(), path);
            assertNotEquals(200, ToolClient.get(null, path).statusCode(), path);
        }
        assertTrue(ToolClient.page(admin, "/admin/content/page?slug=nowhere&lang=fr").contains("id=\"not-found\""));
    }

    private HttpResponse<String> save(String page, String title, String summary, String body, long version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("page-form", "page-form");
        fields.put("page-form:version", String.valueOf(version));
        fields.put("page-form:title", title);
        fields.put("page-form:summary", summary);
        fields.put("page-form:body_input", body);
        fields.put("page-form:save", "page-form:save");
        return ToolClient.postFrom(admin, FORM_ACTION, page, fields);
    }

    /** The row number in a field name such as {@code items-form:items:3:item-text}. */
    private static String rowIndex(Element input) {
        String[] parts = input.attr("name").split(":");
        return parts[parts.length - 2];
    }
}
