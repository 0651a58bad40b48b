package org.iclei.africa.resilient.tool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
 * Evidence, as members see it: a lead attaches a PDF to a risk and to a worksheet row through the rows' plain upload
 * forms, sees it listed on the row and in the report, and downloads the same bytes; a file over 10 MB and a renamed
 * program are refused with their messages; a viewer gets no upload form and their post is refused; a member of another
 * workspace gets 404 for the file's address.
 */
@RequiresDatabase
class EvidenceIT {

    static final String RISKS = "/tool/steps/impacts-and-risks";
    static final String STEP1 = "/tool/steps/getting-started";
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% council resolution " + System.nanoTime() + "\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    static String municipality;
    static String lead;
    static String riskId;
    static String rowId;

    @BeforeAll
    static void aWorkspaceWithARiskAndACoreTeamRow() {
        municipality = "Xai-Xai " + System.nanoTime();
        lead = ToolClient.member(municipality);
        Map<String, String> risk = new LinkedHashMap<>();
        risk.put("risk-form", "risk-form");
        risk.put("riskId", "");
        risk.put("riskVersion", "");
        risk.put("hazard", "Coastal flooding");
        risk.put("sector", "INFORMAL_SETTLEMENTS");
        risk.put("impact", "Homes flooded at spring tides.");
        risk.put("likelihood", "4");
        risk.put("consequence", "4");
        risk.put("save-risk", "x");
        assertEquals(302, ToolClient.post(lead, RISKS, risk).statusCode());
        riskId = id(ToolClient.page(lead, RISKS), "risk");
        assertEquals(302, ToolClient.post(lead, STEP1, ToolClient.row("core-team", null, null, "name", "Amina Cossa", "department",
                "Planning", "role", "Coordinator")).statusCode());
        rowId = id(ToolClient.page(lead, STEP1), "row");
    }

    private static String id(String page, String prefix) {
        Matcher m = Pattern.compile("<tr id=\"" + prefix + "-(\\d+)\"").matcher(page);
        assertTrue(m.find(), "a " + prefix + " on the page");
        return m.group(1);
    }

    /** Opens the row with ?edit=, then posts its upload form as a browser would (multipart). */
    private static HttpResponse<String> attach(String session, String path, String kind, String row, String name, byte[] content) {
        String page = ToolClient.page(session, path + "?edit=" + row);
        assertTrue(page.contains("id=\"evidence-form-" + row + "\""), "the opened row has its upload form");
        assertTrue(page.contains("enctype=\"multipart/form-data\""));
        return ToolClient.attachEvidence(session, path, page, kind, row, name, content);
    }

    /** The download address of a file listed on the page under {@code name}. */
    private static String link(String page, String name) {
        Matcher m = Pattern.compile("href=\"(/tool/evidence/\\d+/" + Pattern.quote(name) + ")\"").matcher(page);
        assertTrue(m.find(), "a download link of " + name);
        return m.group(1);
    }

    @Test
    void aPdfAttachedToARiskAndToAWorksheetRowIsListedDownloadedAndInTheReport() {
        HttpResponse<String> onRisk = attach(lead, RISKS, "RISK", riskId, "Council resolution 12.pdf", PDF);
        assertEquals(302, onRisk.statusCode(), onRisk.body());
        String risks = ToolClient.page(lead, RISKS);
        String riskRow = risks.substring(risks.indexOf("<tr id=\"risk-" + riskId + "\""));
        riskRow = riskRow.substring(0, riskRow.indexOf("</tr>"));
        assertTrue(riskRow.contains("Council_resolution_12.pdf"), riskRow);
        assertTrue(riskRow.contains("Member of " + municipality), "who attached it");

        assertEquals(302, attach(lead, STEP1, "WORKSHEET_ROW", rowId, "minutes.pdf", PDF).statusCode());
        String link = link(ToolClient.page(lead, STEP1), "minutes.pdf");

        HttpResponse<byte[]> download = Http.getBytes(PortalServer.get().url(link), "Cookie", lead);
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));

        String report = ToolClient.page(lead, "/tool/report");
        String evidence = report.substring(report.indexOf("id=\"report-evidence\""));
        assertTrue(evidence.contains("Council_resolution_12.pdf") && evidence.contains("Coastal flooding"), evidence);
        assertTrue(evidence.contains("minutes.pdf") && evidence.contains("Amina Cossa"), evidence);
        assertEquals(404, Http.getBytes(PortalServer.get().url(link.replace("minutes.pdf", "other.pdf")), "Cookie", lead).statusCode());
    }

    @Test
    void aFileOverTenMegabytesIsRefusedWithItsMessageAndNothingIsStored() {
        byte[] eleven = Arrays.copyOf(PDF, 11 * 1024 * 1024);
        HttpResponse<String> refused = attach(lead, RISKS, "RISK", riskId, "big-minutes.pdf", eleven);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("This file is larger than 10 MB."), refused.body());
        assertTrue(refused.body().contains("id=\"evidence-form-" + riskId + "\""), "the form is there to try again");
        assertFalse(ToolClient.page(lead, RISKS).contains("big-minutes.pdf"));
    }

    @Test
    void aWindowsProgramRenamedAsAPdfIsRefusedAsTheWrongKind() {
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        HttpResponse<String> refused = attach(lead, STEP1, "WORKSHEET_ROW", rowId, "minutes.pdf", program);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("This file is not a PDF, an Office document or an image"), refused.body());
        assertTrue(ToolClient.page(lead, STEP1).contains("Amina Cossa"), "the row is kept");
    }

    @Test
    void aViewerReadsTheFilesButCannotUploadAndAnotherWorkspaceGetsNotFound() {
        assertEquals(302, attach(lead, RISKS, "RISK", riskId, "photo-of-the-workshop.pdf", PDF).statusCode());
        String link = link(ToolClient.page(lead, RISKS), "photo-of-the-workshop.pdf");

        String viewer = viewer();
        String page = ToolClient.page(viewer, RISKS + "?edit=" + riskId);
        assertTrue(page.contains("photo-of-the-workshop.pdf"), "a viewer sees the files");
        assertFalse(page.contains("id=\"evidence-form-"), "but no upload form");
        assertEquals(200, Http.getBytes(PortalServer.get().url(link), "Cookie", viewer).statusCode());
        ToolClient.attachEvidence(viewer, RISKS, page, "RISK", riskId, "viewer-notes.pdf", PDF);
        assertFalse(ToolClient.page(lead, RISKS).contains("viewer-notes.pdf"), "a viewer's upload is not stored");

        String stranger = ToolClient.member("Chokwe " + System.nanoTime());
        assertEquals(404, Http.getBytes(PortalServer.get().url(link), "Cookie", stranger).statusCode());
        assertFalse(ToolClient.page(stranger, "/tool/report").contains("photo-of-the-workshop.pdf"));
        String strangerPage = ToolClient.page(stranger, RISKS);
        assertEquals(200, ToolClient.attachEvidence(stranger, RISKS, strangerPage, "RISK", riskId, "stranger.pdf", PDF).statusCode());
        assertFalse(ToolClient.page(lead, RISKS).contains("stranger.pdf"), "another workspace cannot attach to this risk");
    }

    @Test
    void theReportPdfListsTheEvidenceAndAFileGoesWithItsRow() throws java.io.IOException {
        assertEquals(302, ToolClient.post(lead, STEP1, ToolClient.row("core-team", null, null, "name", "Rui Tembe", "department",
                "Finance", "role", "Budget")).statusCode());
        Matcher row = Pattern.compile("<tr id=\"row-(\\d+)\">\\s*<td data-field=\"name\"[^>]*>Rui Tembe</td>").matcher(ToolClient.page(lead, STEP1));
        assertTrue(row.find());
        assertEquals(302, attach(lead, STEP1, "WORKSHEET_ROW", row.group(1), "budget-letter.pdf", PDF).statusCode());
        String page = ToolClient.page(lead, STEP1);
        String link = link(page, "budget-letter.pdf");

        HttpResponse<byte[]> pdf = Http.getBytes(PortalServer.get().url("/tool/report.pdf"), "Cookie", lead);
        assertEquals(200, pdf.statusCode());
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= reader.getNumberOfPages(); n++) {
            text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(n)).append('\n');
        }
        String evidence = text.substring(Math.max(0, text.lastIndexOf("Evidence")));
        assertTrue(evidence.contains("budget-letter.pdf") && evidence.contains("Rui Tembe"), evidence);

        Matcher version = Pattern.compile("name=\"deleteId\" value=\"" + row.group(1) + "\"\\s*/?>\\s*<input type=\"hidden\" name=\"deleteVersion\" value=\"(\\d+)\"")
                .matcher(page);
        assertTrue(version.find(), "the row's delete form");
        Map<String, String> delete = new LinkedHashMap<>();
        delete.put("delete-" + row.group(1), "delete-" + row.group(1));
        delete.put("anchor", "sheet-core-team");
        delete.put("deleteId", row.group(1));
        delete.put("deleteVersion", version.group(1));
        delete.put("delete-button-" + row.group(1), "x");
        assertEquals(302, ToolClient.postFrom(lead, STEP1, page, delete).statusCode());
        assertEquals(404, Http.getBytes(PortalServer.get().url(link), "Cookie", lead).statusCode(), "the file went with its row");
        assertFalse(ToolClient.page(lead, "/tool/report").contains("budget-letter.pdf"));
    }

    /** A colleague who registers for the same municipality and whom the lead lets in as a viewer. */
    private static String viewer() {
        String viewer = ToolClient.member(municipality);
        Matcher pending = Pattern.compile("<tr id=\"member-(\\d+)\" data-role=\"PENDING\">").matcher(ToolClient.page(lead, "/tool/members"));
        assertTrue(pending.find(), "the colleague waits to be let in");
        Map<String, String> letIn = new LinkedHashMap<>();
        letIn.put("role-form-" + pending.group(1), "role-form-" + pending.group(1));
        letIn.put("memberId", pending.group(1));
        letIn.put("role", "VIEWER");
        letIn.put("change-role-" + pending.group(1), "x");
        assertEquals(302, ToolClient.post(lead, "/tool/members", letIn).statusCode());
        return viewer;
    }
}
