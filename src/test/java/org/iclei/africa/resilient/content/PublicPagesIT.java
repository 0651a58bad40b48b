package org.iclei.africa.resilient.content;

import static org.iclei.africa.resilient.support.DemoContent.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.DemoContent;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public pages as a visitor's browser gets them from the shared portal, filled with the demo content. */
@RequiresDatabase
class PublicPagesIT {

    static final Map<String, String> PATHS = Map.of("home", "/", "tool", "/tool", "pioneers", "/pioneers",
            "supporters", "/supporters", "library", "/library", "register", "/register", "about", "/about", "contacts", "/contacts");
    static final List<String> LANGUAGES = List.of("en", "fr", "pt");

    private final PortalServer portal = PortalServer.get();

    private HttpResponse<String> get(String path, String language) {
        return Http.get(portal.url(path), "Cookie", "lang=" + language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "pt"})
    void everyPageShowsItsOwnTextInTheLanguage(String language) {
        Set<String> titles = new HashSet<>();
        for (JsonObject page : DemoContent.list("pages")) {
            JsonObject text = page.getJsonObject("texts").getJsonObject(language);
            // the navigation's pages, and pages outside it at /<slug> (the terms and privacy notice)
            HttpResponse<String> response = get(PATHS.getOrDefault(page.getString("slug"), "/" + page.getString("slug")), language);
            String body = response.body();
            assertEquals(200, response.statusCode(), page.getString("slug"));
            assertTrue(body.contains("lang=\"" + language + "\""), page.getString("slug"));
            assertTrue(body.contains("<h1 id=\"page-heading\">" + html(text.getString("title")) + "</h1>"), page.getString("slug") + " " + language);
            assertTrue(body.contains(html(text.getString("summary"))), "summary of " + page.getString("slug"));
            assertTrue(body.contains("<title>" + html(text.getString("title")) + " · Resilient Africa</title>"));
            assertTrue(body.contains("<meta name=\"description\" content=\"" + html(text.getString("summary")) + "\""));
            assertFalse(body.contains("id=\"fallback-notice\""));
            assertTrue(titles.add(text.getString("title")), "titles are unique: " + text.getString("title"));
        }
        assertEquals(9, titles.size());
    }

    @Test
    void theAboutPageCarriesTheFactsOfTheOriginalSite() {
        String about = get("/about", "en").body();
        for (String fact : List.of("ICLEI", "Cape Town", "Biodiversity", "Water and Sanitation", "Energy and Climate Change")) {
            assertTrue(about.contains(fact), fact);
        }
    }

    @Test
    void theToolPageExplainsTheEightStepsFromTheDatabase() {
        String tool = get("/tool", "en").body();
        for (String step : List.of("Getting started", "Climate baseline", "Impacts and risks", "Vulnerability", "Adaptation options",
                "Prioriti", "Action plan", "Monitoring")) {
            assertTrue(tool.contains(step), step);
        }
        assertTrue(tool.contains("id=\"tool-register\""));
    }

    @Test
    void everyPioneerHasAPageInEachLanguage() {
        List<JsonObject> pioneers = DemoContent.list("pioneers");
        assertEquals(5, pioneers.size());
        String list = get("/pioneers", "en").body();
        for (JsonObject city : pioneers) {
            String slug = city.getString("slug");
            assertTrue(list.contains("href=\"/pioneers/" + slug + "\""), slug);
            for (String language : LANGUAGES) {
                JsonObject text = city.getJsonObject("texts").getJsonObject(language);
                HttpResponse<String> page = get("/pioneers/" + slug, language);
                assertEquals(200, page.statusCode(), slug);
                String body = page.body();
                assertTrue(body.contains("<h1 id=\"page-heading\">" + html(city.getString("name")) + "</h1>"), slug);
                assertTrue(body.contains(html(text.getString("summary"))), slug + " summary in " + language);
                assertTrue(body.contains("alt=\"" + html(text.getString("photoAlt")) + "\""), slug + " photo alt");
                assertTrue(body.contains("aria-current=\"page\"") && body.contains("id=\"nav-pioneers\""));
                assertTrue(body.contains("id=\"pioneer-risks\"") && body.contains("id=\"pioneer-lessons\""));
            }
        }
    }

    @Test
    void anUnknownPioneerIsNotFound() {
        HttpResponse<String> response = get("/pioneers/atlantis", "fr");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page introuvable"));
        assertEquals(404, get("/pioneers/cape-town/extra", "en").statusCode());
        assertEquals(302, get("/pioneers/", "en").statusCode());
    }

    @Test
    void supportersAreInDisplayOrder() {
        String body = get("/supporters", "en").body();
        int last = -1;
        List<JsonObject> supporters = new ArrayList<>(DemoContent.list("supporters"));
        supporters.sort((a, b) -> Integer.compare(a.getInt("order"), b.getInt("order")));
        for (JsonObject supporter : supporters) {
            int at = body.indexOf(html(supporter.getString("name")) + "</a>");
            assertTrue(at > last, supporter.getString("name") + " in order");
            last = at;
            assertTrue(body.contains(html(supporter.getJsonObject("descriptions").getString("en"))));
        }
    }

    @Test
    void theLibraryCountsAndPagesEverything() {
        int total = DemoContent.list("resources").size();
        String body = get("/library", "en").body();
        assertTrue(body.contains(total + " resources"), "count of " + total);
        assertEquals(Math.min(8, total), count(body, "<article class=\"resource\""));
        if (total > 8) {
            assertTrue(body.contains("href=\"/library?page=2#results\""), "page links open at the results");
            String second = get("/library?page=2", "en").body();
            assertEquals(total - 8, count(second, "<article class=\"resource\""));
            assertTrue(second.contains("rel=\"prev\""));
        }
    }

    @Test
    void filtersCombineAndStayInTheUrl() {
        List<JsonObject> resources = DemoContent.list("resources");
        long english = resources.stream().filter(r -> r.getString("language").equals("en")).count();
        String byLanguage = get("/library?lang=en", "en").body();
        assertTrue(byLanguage.contains(english + " resources") || english == 1, "english " + english);
        assertTrue(byLanguage.contains("<option value=\"en\" selected=\"selected\">"));

        JsonObject sample = resources.stream().filter(r -> !r.getJsonArray("topics").isEmpty()).findFirst().orElseThrow();
        String topic = sample.getJsonArray("topics").getString(0);
        String type = sample.getString("type");
        String language = sample.getString("language");
        long expected = resources.stream()
                .filter(r -> r.getString("type").equals(type) && r.getString("language").equals(language))
                .filter(r -> r.getJsonArray("topics").getValuesAs(jakarta.json.JsonString.class).stream().anyMatch(t -> t.getString().equals(topic)))
                .count();
        String combined = get("/library?topic=" + topic + "&type=" + type + "&lang=" + language, "en").body();
        assertTrue(combined.contains(expected == 1 ? "1 resource<" : expected + " resources"), "topic+type+language: " + expected);
        assertEquals(Math.min(expected, 8), count(combined, "<article class=\"resource\""));
        assertTrue(combined.contains(html(sample.getString("title"))));
        assertTrue(combined.contains("<option value=\"" + topic + "\" selected=\"selected\">"));
        assertTrue(combined.contains("<option value=\"" + type + "\" selected=\"selected\">"));
        assertTrue(combined.contains("id=\"library-reset\""));
    }

    @Test
    void searchFindsWordsInTitlesAndSummaries() {
        JsonObject sample = DemoContent.list("resources").get(0);
        String word = longestWord(sample.getString("title"));
        String found = get("/library?q=" + encode(sample.getString("title").toUpperCase()), "en").body();
        assertTrue(found.contains(html(sample.getString("title"))), "search for " + sample.getString("title"));
        String none = get("/library?q=zzxqvk+" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8), "pt").body();
        assertTrue(none.contains("Nenhum recurso corresponde"));
        assertTrue(none.contains("value=\"zzxqvk " + html(word) + "\""), "the search stays in the box");
        String wildcard = get("/library?q=%25", "en").body();
        assertTrue(wildcard.contains("No resources match"), "a % is a character, not a wildcard");
    }

    @Test
    void aDownloadSendsTheFileWithItsTypeAndName() {
        JsonObject withFile = DemoContent.list("resources").stream().filter(r -> r.get("file").getValueType() == jakarta.json.JsonValue.ValueType.OBJECT)
                .findFirst().orElseThrow();
        JsonObject file = withFile.getJsonObject("file");
        String list = get("/library?q=" + encode(withFile.getString("title")), "en").body();
        Matcher title = Pattern.compile("href=\"(/library/resource/\\d+)\"[^>]*>" + Pattern.quote(html(withFile.getString("title"))) + "<").matcher(list);
        assertTrue(title.find(), "the title links to the resource's page: " + withFile.getString("title"));
        String page = get(title.group(1), "en").body();
        Matcher link = Pattern.compile("href=\"(/library/download/\\d+/[^\"]+)\"[^>]*id=\"resource-download\"").matcher(page);
        assertTrue(link.find(), "download link of " + withFile.getString("title"));
        HttpResponse<byte[]> download = Http.getBytes(portal.url(link.group(1)));
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElseThrow().startsWith(file.getString("contentType")));
        assertEquals("attachment; filename=\"" + file.getString("name") + "\"; filename*=UTF-8''" + file.getString("name"),
                download.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(file.getString("text"), new String(download.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(404, Http.get(portal.url("/library/download/999999999/x.txt")).statusCode());
    }

    @Test
    void everyNavigationPageAnswersWithTheNavigationAndItsLanguage() {
        for (Map.Entry<String, String> page : PATHS.entrySet()) {
            for (String language : LANGUAGES) {
                HttpResponse<String> response = Http.get(portal.url(page.getValue()), "Accept-Language", language);
                String body = response.body();
                assertEquals(200, response.statusCode(), page.getValue());
                assertTrue(body.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + language + "\""), page + " " + language);
                assertEquals(8, count(body, "<li><a id=\"nav-"), "navigation entries on " + page.getValue());
                assertTrue(body.matches("(?s).*id=\"nav-" + page.getKey() + "\" href=\"[^\"]*\" aria-current=\"page\".*"),
                        "current page marked on " + page.getValue());
                assertEquals(1, count(body, "aria-current=\"page\""));
                assertEquals(1, count(body, "<h1"), "one h1 on " + page.getValue());
                assertTrue(body.contains("<main id=\"main\""));
            }
        }
    }

    @Test
    void anUnknownAddressGetsTheStyledNotFoundPage() {
        HttpResponse<String> response = Http.get(portal.url("/no-such-page"), "Accept-Language", "fr");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page introuvable"), response.body());
        assertTrue(response.body().contains("id=\"site-nav\""));
        assertTrue(response.body().contains("portal.css"));
        assertFalse(response.body().contains("Exception"));
        assertEquals(List.of(), response.headers().allValues("Set-Cookie"));
    }

    @Test
    void theLanguageSwitchKeepsTheChoiceInACookie() {
        HttpResponse<String> switched = Http.get(portal.url("/language?to=pt&next=" + encode("/about")));
        assertEquals(303, switched.statusCode());
        assertEquals("/about", switched.headers().firstValue("Location").orElseThrow());
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("lang=pt;") && cookie.contains("HttpOnly"), cookie);

        HttpResponse<String> page = Http.get(portal.url("/about"), "Cookie", "lang=pt", "Accept-Language", "fr");
        assertTrue(page.body().contains("lang=\"pt\""));
        assertTrue(page.body().contains("Sobre nós"));

        HttpResponse<String> offsite = Http.get(portal.url("/language?to=fr&next=" + encode("//evil.example/")));
        assertEquals("/", offsite.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void publicPagesCreateNoSession() {
        List<String> paths = new ArrayList<>(PATHS.values());
        paths.addAll(List.of("/pioneers/maputo", "/library?type=GUIDE&lang=en", "/sitemap.xml"));
        for (String path : paths) {
            HttpResponse<String> response = Http.get(portal.url(path));
            assertEquals(200, response.statusCode(), path);
            assertEquals(List.of(), response.headers().allValues("Set-Cookie"), path);
        }
    }

    @Test
    void publicPagesLoadNothingOfPrimeFaces() {
        List<String> paths = new ArrayList<>(PATHS.values());
        paths.addAll(List.of("/login", "/account/forgot", "/account/resend", "/pioneers/maputo"));
        for (String path : paths) {
            String body = Http.get(portal.url(path)).body();
            assertFalse(body.toLowerCase().contains("primefaces") || body.contains("theme.css"), "PrimeFaces on " + path);
        }
    }

    @Test
    void theHomePageIsLightAndCompressed() {
        HttpResponse<byte[]> home = Http.getBytes(portal.url("/"), "Accept-Encoding", "gzip");
        assertEquals("gzip", home.headers().firstValue("Content-Encoding").orElse(""));
        long total = home.body().length;
        String html = Http.get(portal.url("/")).body();
        Matcher assets = Pattern.compile("(?:href|src)=\"(/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(html);
        Set<String> seen = new HashSet<>();
        while (assets.find()) {
            String url = assets.group(1).replace("&amp;", "&");
            if (seen.add(url)) {
                HttpResponse<byte[]> asset = Http.getBytes(portal.url(url), "Accept-Encoding", "gzip");
                assertEquals(200, asset.statusCode(), url);
                total += asset.body().length;
                assertTrue(url.contains("v="), "versioned: " + url);
                assertTrue(asset.headers().firstValue("Expires").isPresent() || asset.headers().firstValue("Cache-Control").orElse("").contains("max-age"),
                        "cacheable: " + url);
            }
        }
        assertFalse(html.contains("<script"), "no JavaScript on the home page");
        assertTrue(total <= 100 * 1024, "home page weighs " + total + " bytes");
    }

    @Test
    void theSitemapAndRobotsListThePublicPages() {
        String sitemap = Http.get(portal.url("/sitemap.xml")).body();
        assertTrue(sitemap.contains("<loc>" + portal.url("/pioneers/walvis-bay") + "</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>" + portal.url("/library") + "</loc>"));
        String robots = Http.get(portal.url("/robots.txt")).body();
        assertTrue(robots.contains("Disallow: /admin/"));
        assertTrue(robots.contains("Sitemap: " + portal.url("/sitemap.xml")));
    }

    // ---- contact form

    private Map<String, String> contactForm(String name, String email, String subject, String message, String honeypot) {
        String page = get("/contacts", "en").body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
        assertTrue(state.find(), "view state field");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("contact", "contact");
        form.put("name", name);
        form.put("email", email);
        form.put("organisation", "");
        form.put("subject", subject);
        form.put("message", message);
        form.put("website", honeypot);
        form.put("send", "Send message");
        form.put("jakarta.faces.ViewState", state.group(1));
        return form;
    }

    private HttpResponse<String> post(Map<String, String> form, String language, String client) {
        return Http.postForm(portal.url("/contacts"), form, "Cookie", "lang=" + language, "X-Forwarded-For", client);
    }

    @Test
    void anEmptyMessageIsRefusedFieldByFieldInTheVisitorsLanguage() {
        String page = post(contactForm("", "", "", "", ""), "fr", "198.51.100.1").body();
        assertTrue(page.contains("Veuillez indiquer votre nom."), page);
        assertTrue(page.contains("Veuillez écrire votre message."));
        assertTrue(page.contains("Veuillez indiquer un objet."));
        assertEquals(4, count(page, "aria-invalid=\"true\""));
        assertFalse(page.contains("id=\"contact-sent\""));
    }

    @Test
    void malformedAndOversizedInputIsRefusedAndKept() {
        String longSubject = "Flooding in our wards ".repeat(12);
        String page = post(contactForm("Ana Mucavele", "ana.mucavele@", longSubject, "Olá, gostaríamos de experimentar a ferramenta.", ""),
                "pt", "198.51.100.2").body();
        assertTrue(page.contains("Isto não parece um endereço de e-mail"), page);
        assertTrue(page.contains("O assunto pode ter no máximo 200 caracteres."));
        assertTrue(page.contains("value=\"Ana Mucavele\""), "the name is kept");
        assertTrue(page.contains("value=\"ana.mucavele@\""), "the address is kept");
        assertTrue(page.contains("Olá, gostaríamos de experimentar a ferramenta."), "the message is kept");
        assertFalse(page.contains("id=\"contact-sent\""));
    }

    @Test
    void aValidMessageIsThanked() {
        String page = post(contactForm("Joseph Mwakyusa", "j.mwakyusa@temeke.go.tz", "Trial for Temeke",
                "We would like our planning team to try the tool.", ""), "en", "198.51.100.3").body();
        assertTrue(page.contains("id=\"contact-sent\""), page);
        assertTrue(page.contains("Your message has reached ICLEI Africa"));
    }

    @Test
    void aScriptPostingTwentyTimesIsStoppedAfterFive() {
        int thanked = 0;
        int refused = 0;
        for (int i = 0; i < 20; i++) {
            String page = post(contactForm("Bot " + i, "bot@example.org", "Cheap offer " + i, "Buy our product now, number " + i, ""),
                    "en", "198.51.100.99").body();
            if (page.contains("id=\"contact-sent\"")) {
                thanked++;
            } else {
                assertTrue(page.contains("wait an hour"), page);
                assertTrue(page.contains("Buy our product now, number " + i), "the text is kept");
                refused++;
            }
        }
        assertEquals(5, thanked);
        assertEquals(15, refused);
    }

    @Test
    void theHoneypotIsThankedButNotCountedAsARealSender() {
        for (int i = 0; i < 8; i++) {
            String page = post(contactForm("Spam", "spam@example.org", "Spam " + i, "Spam spam spam spam", "http://spam.example"),
                    "en", "198.51.100.100").body();
            assertTrue(page.contains("id=\"contact-sent\""), "a bot sees no difference");
        }
        String real = post(contactForm("Real person", "real@example.org", "A question", "A real question about the tool.", ""),
                "en", "198.51.100.100").body();
        assertTrue(real.contains("id=\"contact-sent\""), "nothing was stored for the bot's posts, so the limit is untouched");
    }

    private static int count(String text, String fragment) {
        int n = 0;
        for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
            n++;
        }
        return n;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String longestWord(String title) {
        String best = "";
        for (String word : title.split("[^\\p{L}]+")) {
            if (word.length() > best.length()) {
                best = word;
            }
        }
        return best;
    }
}
