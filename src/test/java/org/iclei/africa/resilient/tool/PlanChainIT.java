package org.iclei.africa.resilient.tool;

import static org.iclei.africa.resilient.support.ToolClient.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;

/**
 * The plan hangs together: an option answers risks chosen from step 3 (two at once here), step 5 lists the high and
 * extreme risks no option answers yet, an action must carry out an option, an indicator follows an action; and the
 * chain risk → option → action → indicator reads the same on the dashboard, the report, the CSV files and the PDF.
 */
@RequiresDatabase
class PlanChainIT {

    private static final String OPTIONS = "/tool/steps/adaptation-options";
    private static final String ACTIONS = "/tool/steps/action-plan";
    private static final String MONITORING = "/tool/steps/monitoring";

    @Test
    void riskToOptionToActionToIndicatorInTheFormsTheCsvAndThePdf() throws IOException {
        String lead = ToolClient.member("Ziguinchor " + System.nanoTime());
        String flood = ToolClient.addRisk(lead, "River flooding", "WATER", 5, 4);
        String surge = ToolClient.addRisk(lead, "Storm surge", "INFORMAL_SETTLEMENTS", 4, 4);
        String heat = ToolClient.addRisk(lead, "Heatwaves", "HEALTH", 2, 2);

        String five = page(lead, OPTIONS);
        assertTrue(five.contains("id=\"unanswered-risk-" + flood + "\""), "a high risk no option answers is listed");
        assertTrue(five.contains("id=\"unanswered-risk-" + surge + "\""));
        assertFalse(five.contains("id=\"unanswered-risk-" + heat + "\""), "a low risk is not");

        // an option must answer a risk; a risk of another workspace is refused
        Map<String, String> none = optionForm("Mangrove belt", "");
        HttpResponse<String> refused = ToolClient.postFrom(lead, OPTIONS, five, none);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Please choose the risks it answers"), "the option names its risks");
        String stranger = ToolClient.member("Kolda " + System.nanoTime());
        String strangersRisk = ToolClient.addRisk(stranger, "Bush fires", "FOOD", 4, 4);
        refused = ToolClient.postFrom(lead, OPTIONS, page(lead, OPTIONS), optionForm("Mangrove belt", strangersRisk));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("no longer available"), "only the workspace's own risks can be chosen");

        String option = ToolClient.addOption(lead, "Mangrove belt", flood, surge);
        five = page(lead, OPTIONS);
        assertTrue(five.contains("id=\"no-unanswered-risks\""), "both high risks are answered now");
        Matcher answers = Pattern.compile("<tr id=\"option-" + option + "\">.*?</tr>", Pattern.DOTALL).matcher(five);
        assertTrue(answers.find());
        assertTrue(answers.group().contains("River flooding") && answers.group().contains("Storm surge"), answers.group());
        String risks = page(lead, "/tool/steps/impacts-and-risks");
        Matcher delete = Pattern.compile("<form id=\"delete-" + flood + "\".*?name=\"deleteVersion\" value=\"(\\d+)\".*?<input type=\"submit\" name=\"([^\"]+)\"",
                Pattern.DOTALL).matcher(risks);
        assertTrue(delete.find(), "the risk's delete form");
        HttpResponse<String> deleteRisk = ToolClient.postFrom(lead, "/tool/steps/impacts-and-risks", risks, Map.of(
                "delete-" + flood, "delete-" + flood, "deleteId", flood, "deleteVersion", delete.group(1), delete.group(2), "x"));
        assertEquals(200, deleteRisk.statusCode());
        assertTrue(deleteRisk.body().contains("Options of step 5 answer this risk"), "a risk an option answers stays");

        // an action carries out an option
        refused = ToolClient.postFrom(lead, ACTIONS, page(lead, ACTIONS), ToolClient.action("", "Plant mangroves", "2027-01-01", "2027-06-30"));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Please choose the option this action carries out"), "an action needs its option");
        assertEquals(302, ToolClient.postFrom(lead, ACTIONS, page(lead, ACTIONS),
                ToolClient.action(option, "Plant mangroves", "2027-01-01", "2027-06-30")).statusCode());
        Matcher action = Pattern.compile("data-action=\"(\\d+)\"").matcher(page(lead, "/tool/report"));
        assertTrue(action.find(), "the report's chain lists the action");

        // an indicator follows the action
        assertEquals(302, ToolClient.postFrom(lead, MONITORING, page(lead, MONITORING), ToolClient.row("indicators", null, null,
                "action", action.group(1), "indicator", "Hectares of mangrove planted", "baseline", "0", "target", "40",
                "frequency", "quarterly", "owner", "Environment")).statusCode());

        String report = page(lead, "/tool/report");
        String chain = report.substring(report.indexOf("id=\"report-chain\""), report.indexOf("id=\"report-step-1\""));
        assertInOrder(chain, "River flooding", "Mangrove belt", "Plant mangroves", "Hectares of mangrove planted", "Storm surge",
                "Mangrove belt", "Heatwaves");
        assertTrue(chain.contains("Quarterly"), "the indicator's frequency");
        String dashboard = page(lead, "/tool");
        assertTrue(dashboard.contains("id=\"dash-chain-risk-" + flood + "\""), "the dashboard shows the chain");
        assertInOrder(dashboard.substring(dashboard.indexOf("id=\"dash-chain-section\"")), "River flooding", "Mangrove belt",
                "Plant mangroves", "Hectares of mangrove planted");

        String options = csv(lead, "options");
        assertTrue(options.contains("\"Mangrove belt\",\"River flooding; Storm surge\","), options);
        assertTrue(csv(lead, "actions").contains("\"Mangrove belt\",\"River flooding; Storm surge\",\"Plant mangroves\""), csv(lead, "actions"));
        assertTrue(csv(lead, "indicators").contains("\"Plant mangroves\",\"Hectares of mangrove planted\""), csv(lead, "indicators"));

        String pdf = pdfText(lead);
        assertInOrder(pdf, "From risk to indicator", "River flooding", "Mangrove belt", "Plant mangroves", "Hectares of mangrove planted");
    }

    private static Map<String, String> optionForm(String name, String riskIds) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("option-form", "option-form");
        form.put("optionId", "");
        form.put("optionVersion", "");
        form.put("optionName", name);
        if (!riskIds.isEmpty()) {
            form.put("riskIds", riskIds);
        }
        form.put("riskNote", "");
        form.put("optionType", "WIN_WIN");
        form.put("leadDepartment", "Environment");
        form.put("buildsOn", "");
        form.put("save-option", "x");
        return form;
    }

    private static String csv(String session, String name) {
        HttpResponse<String> response = ToolClient.get(session, "/tool/export/" + name + ".csv");
        assertEquals(200, response.statusCode(), name);
        return response.body();
    }

    private static String pdfText(String session) throws IOException {
        HttpResponse<byte[]> pdf = Http.getBytes(PortalServer.get().url("/tool/report.pdf"), "Cookie", session);
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void assertInOrder(String text, String... parts) {
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertTrue(found >= 0, "“" + part + "” after position " + at + " in:\n" + text);
            at = found + part.length();
        }
    }
}
