package org.iclei.africa.resilient.web.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The back office's resources, topics and countries over HTTP on the shared portal, as an administrator's browser
 * posts them: a PDF uploaded and then found and downloaded by a visitor on /library; create, edit (and a stale
 * edit) and delete of a link resource, a topic and a country; deletes of records in use refused with how many use
 * them; uploads refused by content, size and name with nothing stored; members kept out.
 */
@RequiresDatabase
class AdminResourcesIT {

    private static final Pattern MESSAGE = Pattern.compile("ui-messages-(error|info)-summary\">([^<]*)<");
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final String IN_USE = "This record is in use (";

    private static PortalServer portal;
    private static String admin;

    @BeforeAll
    static void signIn() {
        portal = PortalServer.get();
        admin = ToolClient.signIn("admin@localhost", ToolClient.loggedPassword("admin@localhost"));
    }

    @Test
    void aPdfAddedByAnAdministratorIsFoundAndDownloadedByAVisitor() {
        String title = "Heat wave guide " + System.nanoTime();
        HttpResponse<String> saved = saveResource(null, title, "FILE", "", "water", "heat-guide.pdf", PDF);
        assertEquals(302, saved.statusCode(), messages(saved.body()).toString());
        long id = idOf(saved);

        String library = libraryResults(title);
        assertTrue(library.contains(title), "the search finds the new resource at once");
        Matcher link = Pattern.compile("href=\"([^\"]*/library/download/" + id + "/[^\"]+)\"").matcher(library);
        assertTrue(link.find(), "a download link");
        HttpResponse<byte[]> file = Http.getBytes(portal.url(link.group(1)));
        assertEquals(200, file.statusCode());
        assertArrayEquals(PDF, file.body());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(link.group(1).endsWith("/heat-guide.pdf"));

        String page = ToolClient.page(admin, "/admin/resources/resource?id=" + id);
        assertTrue(page.contains("id=\"resource-downloads\">1<"), "the download was counted");
        assertTrue(page.contains("id=\"resource-current-type\">application/pdf<"));
        assertTrue(ToolClient.page(admin, "/admin/resources").contains("resource-open-" + id), "listed in the table");

        HttpResponse<String> replaced = saveResource(id, title, "FILE", "", "water", "heat-guide-2.pdf",
                "%PDF-1.7\nsecond edition\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(302, replaced.statusCode(), messages(replaced.body()).toString());
        HttpResponse<byte[]> second = Http.getBytes(portal.url("/library/download/" + id + "/heat-guide-2.pdf"));
        assertTrue(new String(second.body(), StandardCharsets.US_ASCII).contains("second edition"), "the file was replaced");
        assertTrue(ToolClient.page(admin, "/admin/resources/resource?id=" + id).contains("id=\"resource-current-file\">heat-guide-2.pdf<"));

        deleteResource(id);
        assertEquals(404, Http.getBytes(portal.url("/library/download/" + id + "/heat-guide-2.pdf")).statusCode());
        assertFalse(libraryResults(title).contains(title));
    }

    @Test
    void uploadsThatAreNotSafeDocumentsAreRefusedAndNothingIsStored() {
        String title = "Refused upload " + System.nanoTime();
        byte[] program = new byte[64];
        program[0] = 'M';
        program[1] = 'Z';
        assertRefused(saveResource(null, title, "FILE", "", "water", "guide.pdf", program),
                "This file is not a PDF, an Office document or an image");
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertRefused(saveResource(null, title, "FILE", "", "water", "big.pdf", tooLarge), "This file is larger than 20 MB.");
        assertRefused(saveResource(null, title, "FILE", "", "water", "../evil.pdf", PDF), "This file name cannot be used");
        assertRefused(saveResource(null, title, "FILE", "", "water", null, null), "Please choose the file to upload");

        assertFalse(ToolClient.page(admin, "/admin/resources").contains(title), "no resource was stored");
        assertFalse(libraryResults(title).contains(title), "nothing in the library");
    }

    @Test
    void aTopicALinkResourceAndACountryGoThroughCreateEditAndDelete() {
        // a topic
        String slug = "urban-heat-" + (System.nanoTime() % 1_000_000);
        assertSaved(saveNames("topics", "topic", null, slug, "Urban heat", "Chaleur urbaine", "Calor urbano"));
        long topic = openId("topics", "topic", slug);
        String dialog = ToolClient.page(admin, "/admin/topics?edit=" + topic);
        assertTrue(dialog.contains("value=\"Chaleur urbaine\""), "?edit opens the dialog filled in");
        assertRefused(saveNames("topics", "topic", topic, "Bad Slug!", "x", "", ""), "The slug may only have");
        assertRefused(saveNames("topics", "topic", topic, "water", "Urban heat", "", ""), "Another topic already has the slug");

        // a link resource filed under the topic
        String title = "Cooling the city " + System.nanoTime();
        assertRefused(saveResource(null, title, "LINK", "javascript:alert(1)", slug, null, null), "The link must be a full web address");
        HttpResponse<String> created = saveResource(null, title, "LINK", "https://example.org/cooling", slug, null, null);
        assertEquals(302, created.statusCode(), messages(created.body()).toString());
        long resource = idOf(created);
        String byTopic = Http.get(portal.url("/library?topic=" + slug)).body();
        assertTrue(byTopic.contains(title) && byTopic.contains("href=\"https://example.org/cooling\""), "filed under the new topic");

        String stalePage = ToolClient.page(admin, "/admin/resources/resource?id=" + resource);
        HttpResponse<String> edited = saveResource(resource, title + " (2nd)", "LINK", "https://example.org/cooling-2", slug, null, null);
        assertEquals(302, edited.statusCode(), messages(edited.body()).toString());
        assertTrue(Http.get(portal.url("/library?topic=" + slug)).body().contains("href=\"https://example.org/cooling-2\""));
        HttpResponse<String> stale = postResource(stalePage, resource, title + " (3rd)", "LINK", "https://example.org/x", slug, null, null);
        assertRefused(stale, "This record was changed by admin@localhost");

        String number = title.substring(title.lastIndexOf(' ') + 1);
        assertFalse(Http.get(portal.url("/library?q=islands+" + number)).body().contains(title), "not yet named so");
        assertTrue(Http.get(portal.url("/library?q=calor+urbano+" + number)).body().contains(title), "found by its topic's Portuguese name");
        assertSaved(saveNames("topics", "topic", topic, slug, "Urban heat islands", "", ""));
        assertTrue(Http.get(portal.url("/library?q=islands+" + number)).body().contains(title), "found by its topic's new name");
        assertRefused(deleteNames("topics", "topic", topic), IN_USE + "resources: 1), so it cannot be deleted.");
        assertTrue(Http.get(portal.url("/library?topic=" + slug)).body().contains(title), "the refused delete changed nothing");

        deleteResource(resource);
        assertFalse(Http.get(portal.url("/library")).body().contains(title + " (2nd)"));
        assertSaved(deleteNames("topics", "topic", topic));
        assertFalse(ToolClient.page(admin, "/admin/topics").contains(">" + slug + "<"), "the topic is gone");

        // a country
        String countries = ToolClient.page(admin, "/admin/countries");
        String code = List.of("FR", "PT", "BR", "IN", "CN", "JP", "DE", "IT", "ES", "CA", "MX", "AR", "CL", "PE", "NO", "SE").stream()
                .filter(c -> !countries.contains(">" + c + "</a>")).findFirst().orElseThrow();
        assertRefused(saveNames("countries", "country", null, "XQ", "Nowhere", "", ""), "The code must be a two-letter ISO 3166-1");
        assertSaved(saveNames("countries", "country", null, code.toLowerCase(), "Testland", "Testlande", ""));
        long country = openId("countries", "country", code);
        assertRefused(saveNames("countries", "country", country, "ZA", "Testland", "", ""), "Another country already has the code ZA");
        assertSaved(saveNames("countries", "country", country, code, "Testland (edited)", "", ""));
        assertTrue(ToolClient.page(admin, "/admin/countries?edit=" + country).contains("value=\"Testland (edited)\""));
        assertSaved(deleteNames("countries", "country", country));
        assertFalse(ToolClient.page(admin, "/admin/countries").contains(">" + code + "</a>"));

        // a country in use: Mozambique has Maputo and the municipalities the tests register
        ToolClient.member("Resource Town");
        long mozambique = openId("countries", "country", "MZ");
        HttpResponse<String> refused = deleteNames("countries", "country", mozambique);
        assertRefused(refused, IN_USE + "municipalities: ");
        assertTrue(messages(refused.body()).get(0).contains("pioneer cities: "), messages(refused.body()).toString());
    }

    @Test
    void membersAreKeptOut() {
        String member = ToolClient.member("Resource Town");
        for (String path : List.of("/admin/resources", "/admin/resources/resource", "/admin/topics", "/admin/countries")) {
            assertEquals(403, ToolClient.get(member, path).statusCode(), path);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("resource-form", "resource-form");
        fields.put("resource-form:title", "Sneaky");
        HttpResponse<String> post = Http.postMultipart(portal.url("/admin/resources/resource"), fields, "resource-form:file", "x.pdf",
                "application/pdf", PDF, "Cookie", member);
        assertEquals(403, post.statusCode());
    }

    /** The results of a library search (the part of the page after the search form, which repeats the words). */
    private static String libraryResults(String words) {
        String page = Http.get(portal.url("/library?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8))).body();
        assertTrue(page.contains("id=\"library-results\""), "the library answered");
        return page.substring(page.indexOf("id=\"library-results\""));
    }

    // --- the forms, as a browser posts them

    private static HttpResponse<String> saveResource(Long id, String title, String source, String link, String topic, String fileName,
            byte[] content) {
        String page = ToolClient.page(admin, "/admin/resources/resource" + (id == null ? "" : "?id=" + id));
        return postResource(page, id, title, source, link, topic, fileName, content);
    }

    private static HttpResponse<String> postResource(String page, Long id, String title, String source, String link, String topic,
            String fileName, byte[] content) {
        Matcher version = Pattern.compile("name=\"resource-form:version\" value=\"(\\d*)\"").matcher(page);
        assertTrue(version.find(), "the form carries the version");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("resource-form", "resource-form");
        fields.put("resource-form:version", version.group(1));
        fields.put("resource-form:title", title);
        fields.put("resource-form:summary", "What a municipality can do: " + title);
        fields.put("resource-form:type_input", "GUIDE");
        fields.put("resource-form:language_input", "en");
        fields.put("resource-form:year", "2026");
        fields.put("resource-form:city_input", "maputo");
        fields.put("resource-form:topics", topic);
        fields.put("resource-form:source", source);
        fields.put("resource-form:link", link);
        fields.put("resource-form:save", "");
        fields.put("jakarta.faces.ViewState", ToolClient.viewState(page));
        String path = "/admin/resources/resource" + (id == null ? "" : "?id=" + id);
        return Http.postMultipart(portal.url(path), fields, "resource-form:file", fileName == null ? "" : fileName,
                fileName == null ? "application/octet-stream" : "application/pdf", content == null ? new byte[0] : content, "Cookie", admin);
    }

    private static void deleteResource(long id) {
        String path = "/admin/resources/resource?id=" + id;
        String page = ToolClient.page(admin, path);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("resource-delete-form", "resource-delete-form");
        fields.put("resource-delete-form:delete", "");
        HttpResponse<String> deleted = ToolClient.postFrom(admin, path, page, fields);
        assertEquals(302, deleted.statusCode(), messages(deleted.body()).toString());
        assertTrue(deleted.headers().firstValue("Location").orElseThrow().endsWith("/admin/resources"));
        assertEquals(404, ToolClient.get(admin, path).statusCode(), "a deleted resource's page is gone");
    }

    /** Saves the dialog of /admin/topics or /admin/countries (new when id is null). */
    private static HttpResponse<String> saveNames(String area, String record, Long id, String key, String en, String fr, String pt) {
        String path = "/admin/" + area + (id == null ? "" : "?edit=" + id);
        String page = ToolClient.page(admin, path);
        String form = record + "-dialog-form";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        Matcher version = Pattern.compile("name=\"" + form + ":version\" value=\"(\\d*)\"").matcher(page);
        assertTrue(version.find(), "the dialog carries the version");
        fields.put(form + ":version", version.group(1));
        fields.put(form + ":" + (area.equals("topics") ? "slug" : "code"), key);
        fields.put(form + ":name-en", en);
        fields.put(form + ":name-fr", fr);
        fields.put(form + ":name-pt", pt);
        fields.put(form + ":" + record + "-save", "");
        return ToolClient.postFrom(admin, path, page, fields);
    }

    private static HttpResponse<String> deleteNames(String area, String record, long id) {
        String path = "/admin/" + area + "?edit=" + id;
        String page = ToolClient.page(admin, path);
        String form = record + "-dialog-form";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put(form + ":" + record + "-delete", "");
        return ToolClient.postFrom(admin, path, page, fields);
    }

    /** The id of the record whose key the table of /admin/topics or /admin/countries links. */
    private static long openId(String area, String record, String key) {
        Matcher m = Pattern.compile("href=\"[^\"]*/admin/" + area + "\\?edit=(\\d+)\" id=\"" + record + "-open-\\d+\" class=\"" + record
                + "-open\">" + Pattern.quote(key) + "<").matcher(ToolClient.page(admin, "/admin/" + area));
        assertTrue(m.find(), key + " is listed");
        return Long.parseLong(m.group(1));
    }

    private static long idOf(HttpResponse<String> saved) {
        Matcher m = Pattern.compile("/admin/resources/resource\\?id=(\\d+)$").matcher(saved.headers().firstValue("Location").orElseThrow());
        assertTrue(m.find(), "the saved resource's own URL");
        return Long.parseLong(m.group(1));
    }

    private static void assertSaved(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), messages(response.body()).toString());
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertEquals(200, response.statusCode(), "a refusal stays on the page");
        List<String> shown = messages(response.body());
        assertTrue(shown.stream().anyMatch(m -> m.startsWith(message)), message + " in " + shown);
    }

    private static List<String> messages(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = MESSAGE.matcher(html);
        while (m.find()) {
            found.add(m.group(2).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return found;
    }
}
