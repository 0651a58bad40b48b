package org.iclei.africa.resilient.content;

import static org.iclei.africa.resilient.support.DemoContent.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.DemoContent;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The library as a visitor searches it on the shared portal: words in any accent or case, hazard topics, help when nothing matches, a page per resource. */
@RequiresDatabase
class LibrarySearchIT {

    private static final String PORTUGUESE_FLOODS = "Cheias urbanas em Maputo: mapear as zonas inundáveis com os bairros";
    private static final String FRENCH_FLOODS = "Inondations urbaines : une fiche pour préparer la saison des pluies";
    private static final String CAPE_FLATS = "Flood risk in informal settlements: lessons from the Cape Flats";

    private final PortalServer portal = PortalServer.get();

    private String get(String path, String language) {
        HttpResponse<String> response = Http.get(portal.url(path), "Cookie", "lang=" + language);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The part of the page with the results (after the count), without the filter form. */
    private static String results(String page) {
        int at = page.indexOf("id=\"library-results\"");
        assertTrue(at > 0, "the results are on the page");
        int end = page.indexOf("id=\"library-other-languages\"");
        return end > at ? page.substring(at, end) : page.substring(at);
    }

    @ParameterizedTest
    @ValueSource(strings = {"inundacoes", "inundações", "INUNDAÇÕES", "cheias", "Cheias urbanas"})
    void portugueseFloodWordsFindThePortugueseFloodResourceWhateverTheAccentsAndCase(String words) {
        String found = results(get("/library?q=" + encode(words), "en"));
        assertTrue(found.contains(html(PORTUGUESE_FLOODS)), words);
    }

    @Test
    void aFrenchWordFindsTheFrenchFloodResourceAndTheTopicItsNameFilesOthersUnder() {
        String found = results(get("/library?q=Inondation", "pt"));
        assertTrue(found.contains(html(FRENCH_FLOODS)));
        assertTrue(found.contains(html(CAPE_FLATS)), "an English resource filed under Floods (Inondations in French)");
        String unaccented = results(get("/library?q=" + encode("elevation niveau mer"), "en"));
        assertTrue(unaccented.contains(html("Coastal erosion along Maputo Bay: a case-study summary")), "the topic Élévation du niveau de la mer");
    }

    @Test
    void hazardTopicsAreFiltersInEveryLanguage() {
        String english = get("/library?topic=floods", "en");
        assertTrue(english.contains("<option value=\"floods\" selected=\"selected\">Floods</option>"));
        for (String topic : List.of("drought", "extreme-heat", "sea-level-rise", "storms")) {
            assertTrue(english.contains("<option value=\"" + topic + "\""), topic);
        }
        String floods = results(english);
        for (String title : List.of(PORTUGUESE_FLOODS, FRENCH_FLOODS, CAPE_FLATS)) {
            assertTrue(floods.contains(html(title)), title);
        }
        assertFalse(floods.contains(html("Stakeholder register template")));
        assertTrue(get("/library?topic=floods", "fr").contains(">Inondations</option>"));
        assertTrue(get("/library?topic=sea-level-rise", "pt").contains(">Subida do nível do mar</option>"));
        String heat = results(get("/library?topic=extreme-heat", "en"));
        assertTrue(heat.contains(html("Heat-wave preparedness: a short note for municipal health teams")));
    }

    @Test
    void nothingFoundSuggestsDroppingEachFilterAndShowsTheMatchesInOtherLanguages() {
        String page = get("/library?q=bairros&type=CASE_STUDY&lang=en", "en");
        assertTrue(page.contains("No resources match"));
        assertTrue(page.contains("id=\"library-suggestions\""));
        assertTrue(page.contains("href=\"/library?type=CASE_STUDY&amp;lang=en#results\" id=\"drop-text\""), "drop the words");
        assertTrue(page.contains("href=\"/library?q=bairros&amp;lang=en#results\" id=\"drop-type\""), "drop the type");
        assertTrue(page.contains("href=\"/library?q=bairros&amp;type=CASE_STUDY#results\" id=\"drop-lang\""), "drop the language");
        assertTrue(page.contains("in every language, not only English</a>"));
        assertTrue(page.contains("id=\"library-other-languages\">Matches in other languages"));
        int others = page.indexOf("id=\"library-other-results\"");
        assertTrue(others > 0 && page.indexOf(html(PORTUGUESE_FLOODS), others) > 0, "the Portuguese case study is shown as a match in another language");

        String found = get("/library?q=bairros&type=CASE_STUDY", "en");
        assertFalse(found.contains("id=\"library-suggestions\""), "no suggestions when something matches");
        String french = get("/library?q=zzxqvk&topic=drought", "fr");
        assertTrue(french.contains("id=\"drop-topic\">sans le thème Sécheresse</a>"), "the filter is named in the visitor's language");
        assertFalse(french.contains("id=\"library-other-languages\""), "no language filter, nothing more to show");
    }

    @Test
    void theCountComesFirstAndFormsOpenAtTheResults() {
        String page = get("/library?topic=floods", "en");
        assertTrue(page.contains("action=\"/library#results\" method=\"get\""), "the filter form scrolls to the results");
        int section = page.indexOf("<section id=\"results\"");
        int count = page.indexOf("id=\"library-count\"");
        int list = page.indexOf("id=\"library-results\"");
        assertTrue(section > 0 && section < count && count < list, "the count heads the results");
    }

    @Test
    void everyResourceHasAPageWithItsFactsAndItsDownload() {
        String list = get("/library?q=" + encode("cheias urbanas"), "en");
        Matcher title = Pattern.compile("href=\"(/library/resource/(\\d+))\" class=\"resource-page\" id=\"page-\\d+\">" + Pattern.quote(html(PORTUGUESE_FLOODS)) + "<")
                .matcher(list);
        assertTrue(title.find(), "the title links to the resource's page, not to the file");
        String id = title.group(2);
        HttpResponse<String> response = Http.get(portal.url(title.group(1)), "Cookie", "lang=en");
        assertEquals(200, response.statusCode());
        assertEquals(List.of(), response.headers().allValues("Set-Cookie"), "stateless");
        String page = response.body();
        assertFalse(page.toLowerCase().contains("primefaces"));
        JsonObject demo = DemoContent.list("resources").stream().filter(r -> r.getString("title").equals(PORTUGUESE_FLOODS)).findFirst().orElseThrow();
        assertTrue(page.contains("<h1 id=\"page-heading\" lang=\"pt\">" + html(PORTUGUESE_FLOODS) + "</h1>"));
        assertTrue(page.contains(html(demo.getString("summary"))));
        assertTrue(page.contains("id=\"resource-type\">Case study<"));
        assertTrue(page.contains("id=\"resource-language\">Português<"));
        assertTrue(page.contains("id=\"topic-floods\">Floods</a>"));
        assertTrue(page.contains("href=\"/pioneers/maputo\""));
        assertTrue(page.contains(demo.getJsonObject("file").getString("name") + " ("), "file name and size");
        assertTrue(page.contains("href=\"/library/download/" + id + "/cheias-urbanas-maputo.txt\""), "download link");
        assertEquals(1, page.split("<h1").length - 1);
        assertTrue(page.contains("<title>" + html(PORTUGUESE_FLOODS) + " – Resources · Resilient Africa</title>"), "title");

        String link = get("/library?q=" + encode("PreventionWeb"), "en");
        Matcher external = Pattern.compile("href=\"(/library/resource/\\d+)\"").matcher(results(link));
        assertTrue(external.find());
        assertTrue(get(external.group(1), "fr").contains("href=\"https://www.preventionweb.net/\" rel=\"noopener\" class=\"button resource-link\""));

        assertTrue(Http.get(portal.url("/sitemap.xml")).body().contains("<loc>" + portal.url("/library/resource/" + id) + "</loc>"));
    }

    @Test
    void anUnknownResourceIsNotFound() {
        for (String path : List.of("/library/resource/999999999", "/library/resource/abc", "/library/resource/12/x", "/library/resource/99999999999999999999")) {
            HttpResponse<String> response = Http.get(portal.url(path), "Accept-Language", "en");
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("id=\"site-nav\""), "the styled 404 page for " + path);
        }
    }
}
