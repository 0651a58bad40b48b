package org.iclei.africa.resilient.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;

/**
 * Outputs a council can take (issue 12, points 4 and 7), read as a member downloads them: every worksheet in one
 * ZIP of CSV files, the PDF report (text read back with PDFBox: cover, contents with the right pages, page numbers,
 * summary, accents and African place names) named after the municipality and the day, and sums in the currency a
 * lead chose, formatted as the JDK writes them in the reader's language.
 */
@RequiresDatabase
class CouncilOutputsIT {

    private final PortalServer portal = PortalServer.get();

    private HttpResponse<byte[]> download(String session, String path) {
        return Http.getBytes(portal.url(path), "Cookie", session);
    }

    /** Text with every kind of space as one plain space and numeric character references resolved. */
    private static String plain(String text) {
        Matcher entity = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            int code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
            entity.appendReplacement(out, Matcher.quoteReplacement(Character.toString(code)));
        }
        entity.appendTail(out);
        return out.toString().replaceAll("[\\s\\u00a0\\u202f]+", " ");
    }

    private static String money(String amount, String code, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency currency = Currency.getInstance(code);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(Math.max(2, currency.getDefaultFractionDigits()));
        return plain(format.format(new BigDecimal(amount)));
    }

    private static void chooseCurrency(String lead, String code, String page, int expectedStatus) {
        Matcher version = Pattern.compile("name=\"workspaceVersion\" value=\"(\\d+)\"").matcher(page);
        assertTrue(version.find(), page);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("currency-form", "currency-form");
        form.put("workspaceVersion", version.group(1));
        form.put("currency", code);
        form.put("save-currency", "x");
        assertEquals(expectedStatus, ToolClient.postFrom(lead, "/tool/members", page, form).statusCode());
    }

    /** Adds an action (and, as every action carries out an option, a risk and an option for it). */
    private static void addAction(String lead, String text, String budget) {
        String risk = ToolClient.addRisk(lead, "Crue · " + text, "WATER", 4, 4);
        String option = ToolClient.addOption(lead, "Protéger · " + text, risk);
        Map<String, String> form = ToolClient.action(option, text, "2027-01-01", "2027-12-31");
        form.put("objective", "Homes stay dry");
        form.put("department", "Voirie");
        form.put("budget", budget);
        form.put("municipalPlan", "");
        assertEquals(302, ToolClient.post(lead, "/tool/steps/action-plan", form).statusCode());
    }

    private static void addRisk(String lead, String hazard) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("risk-form", "risk-form");
        form.put("riskId", "");
        form.put("riskVersion", "");
        form.put("hazard", hazard);
        form.put("sector", "INFORMAL_SETTLEMENTS");
        form.put("impact", "Maisons inondées à Ouagadougou et à São Tomé");
        form.put("likelihood", "5");
        form.put("consequence", "5");
        form.put("withinMandate", "on");
        form.put("save-risk", "x");
        assertEquals(302, ToolClient.post(lead, "/tool/steps/impacts-and-risks", form).statusCode());
    }

    @Test
    void theZipHoldsEveryWorksheetAsItsCsvFileWithItsHeaderRow() throws IOException {
        String municipality = "Kédougou " + System.nanoTime();
        String lead = ToolClient.member(municipality);
        HttpResponse<byte[]> zip = download(lead, "/tool/export/plan.zip");
        assertEquals(200, zip.statusCode());
        String disposition = zip.headers().firstValue("Content-Disposition").orElse("");
        String day = LocalDate.now().toString();
        String plainName = "resilience-plan-" + municipality.toLowerCase(Locale.ROOT).replace("é", "e").replace(' ', '-') + "-" + day;
        assertTrue(disposition.contains("filename=\"" + plainName + ".zip\""), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''resilience-plan-k%C3%A9dougou-"), disposition);

        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        for (String sheet : new String[] {"core-team", "weather-events", "risks", "options", "actions", "indicators"}) {
            assertTrue(files.keySet().stream().anyMatch(n -> n.endsWith("-" + sheet + ".csv")), sheet + " in " + files.keySet());
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            assertTrue(file.getKey().startsWith(plainName + "/"), file.getKey());
            String sheet = file.getKey().replaceAll(".*/\\d+-(.*)\\.csv", "$1");
            HttpResponse<String> csv = ToolClient.get(lead, "/tool/export/" + sheet + ".csv");
            assertEquals(200, csv.statusCode(), sheet);
            assertEquals(csv.body(), file.getValue(), "the ZIP holds the same file as /tool/export/" + sheet + ".csv");
            String header = file.getValue().replace("\ufeff", "").split("\r\n")[0];
            assertFalse(header.isBlank(), "a header row in " + sheet);
        }
        assertTrue(files.size() >= 10, files.keySet().toString());
        assertTrue(ToolClient.page(lead, "/tool/report").contains("/tool/export/plan.zip"), "a link on the report page");
        assertTrue(ToolClient.page(lead, "/tool").contains("id=\"export-zip-link\""), "and on the dashboard");
        assertTrue(Http.getBytes(portal.url("/tool/export/plan.zip")).statusCode() != 200, "not for visitors");
    }

    @Test
    void aLeadChoosesTheCurrencyAndSumsReadInItInEachLanguageAndTheCsvNamesIt() {
        String lead = ToolClient.member("Ségou " + System.nanoTime());
        String members = ToolClient.page(lead, "/tool/members");
        assertTrue(members.contains("id=\"workspace-currency\""), members);
        assertTrue(plain(members).contains(": MZN</p>"), "a workspace in Mozambique starts in meticais");
        chooseCurrency(lead, "XOF", members, 302);
        chooseCurrency(lead, "EUR", members, 200); // the page was opened before the change: refused, not saved over
        assertTrue(plain(ToolClient.page(lead, "/tool/members")).contains(": XOF</p>"), "the first choice stays");
        addAction(lead, "Digue de Kédougou", "1500000");

        String english = plain(ToolClient.page(lead, "/tool/steps/action-plan"));
        assertTrue(english.contains(money("1500000", "XOF", Locale.ENGLISH)), english);
        assertTrue(plain(ToolClient.page(lead, "/tool/report")).contains(money("1500000", "XOF", Locale.ENGLISH)));
        assertEquals(303, ToolClient.get(lead, "/language?to=fr&next=/tool").statusCode());
        String french = plain(ToolClient.page(lead, "/tool/steps/action-plan"));
        assertTrue(french.contains(money("1500000", "XOF", Locale.FRENCH)), french);
        assertFalse(money("1500000", "XOF", Locale.FRENCH).equals(money("1500000", "XOF", Locale.ENGLISH)));

        String csv = ToolClient.get(lead, "/tool/export/actions.csv").body();
        assertTrue(csv.split("\r\n")[0].contains("(XOF)"), csv);
        assertTrue(Pattern.compile(";\"1500000(,0+)?\";").matcher(csv).find(), "a plain number with the French decimal comma: " + csv);
        assertTrue(ToolClient.get(lead, "/tool/export/weather-events.csv").body().split("\r\n")[0].contains("(XOF)"));
    }

    @Test
    void theFrenchPdfHasCoverContentsPageNumbersSummaryAndEveryCharacter() throws IOException {
        String municipality = "São Tomé " + System.nanoTime();
        String email = ToolClient.register(ToolClient.newEmail(), "Aïssatou Diallo", municipality, null, "fr");
        String lead = ToolClient.signIn(email, ToolClient.PASSWORD);
        addRisk(lead, "Inondation à Ouagadougou");
        addAction(lead, "Digue de Kédougou", "2500");

        HttpResponse<byte[]> pdf = download(lead, "/tool/report.pdf");
        assertEquals(200, pdf.statusCode());
        String disposition = pdf.headers().firstValue("Content-Disposition").orElse("");
        String day = LocalDate.now().toString();
        assertTrue(disposition.contains("filename=\"resilience-plan-sao-tome-" + municipality.substring(9) + "-" + day + ".pdf\""), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''resilience-plan-s%C3%A3o-tom%C3%A9-"), disposition);

        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 4, "cover, contents, summary, steps");
            String cover = plain(text(document, 1, 1));
            assertTrue(cover.contains(municipality), cover);
            assertTrue(cover.contains("Mozambique"), cover);
            assertTrue(cover.contains("Équipe") && cover.contains("Aïssatou Diallo") && cover.contains("Responsable"), cover);
            String contents = plain(text(document, 2, 2));
            assertTrue(contents.contains("Sommaire"), contents);
            Matcher summary = Pattern.compile("Synthèse (\\d+)").matcher(contents);
            assertTrue(summary.find(), contents);
            String summaryPage = plain(text(document, Integer.parseInt(summary.group(1)), Integer.parseInt(summary.group(1))));
            assertTrue(summaryPage.contains("Principaux risques") && summaryPage.contains("Inondation à Ouagadougou"), summaryPage);
            assertTrue(summaryPage.contains("Options par ordre de priorité"), summaryPage);
            assertTrue(summaryPage.contains("Actions par état d’avancement"), summaryPage);
            Matcher step7 = Pattern.compile("7\\. [^\\d]+? (\\d+) ").matcher(contents);
            assertTrue(step7.find(), contents);
            assertTrue(plain(text(document, Integer.parseInt(step7.group(1)), pages)).contains("Digue de Kédougou"));
            for (int page = 2; page <= pages; page++) {
                assertTrue(plain(text(document, page, page)).contains("Page " + page + " sur " + pages), "page " + page);
            }
            String all = plain(text(document, 1, pages));
            assertTrue(all.contains("São Tomé") && all.contains("Kédougou") && all.contains("Ouagadougou"), all);
            assertTrue(all.contains(money("2500", "MZN", Locale.FRENCH)), all);
        }
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document);
    }
}
