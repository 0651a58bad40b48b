package org.iclei.africa.resilient.web.tool;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.tool.application.PlanReportService.PlanReport;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.iclei.africa.resilient.web.support.DateFormats;

/**
 * The first two pages of the PDF report: the cover (the plan's title, the municipality and its country, the date,
 * the team with their roles) and the contents (each section's heading with its page, linked to it).
 */
final class PdfCover {

    private final PlanReport plan;
    private final ResourceBundle bundle;
    private final Locale locale;

    PdfCover(PlanReport plan, ResourceBundle bundle, Locale locale) {
        this.plan = plan;
        this.bundle = bundle;
        this.locale = locale;
    }

    void cover(Document document, LocalDate date) throws DocumentException {
        Workspace workspace = plan.risks().workspace();
        Paragraph title = PdfBlocks.title(bundle.getString("report.title"));
        title.setSpacingBefore(90);
        document.add(title);
        Paragraph place = new Paragraph(workspace.getName(), PdfFonts.bold(26, PdfBlocks.GREEN));
        place.setSpacingBefore(12);
        document.add(place);
        document.add(new Paragraph(workspace.getMunicipality().getCountry().name(locale.getLanguage()), PdfFonts.regular(16)));
        String asOf = bundle.getString("report.printed") + " " + DateFormats.date(date, locale);
        Paragraph printed = new Paragraph(workspace.isDemo() ? asOf + " · " + bundle.getString("tool.demo") : asOf, PdfFonts.regular(11));
        printed.setSpacingBefore(8);
        printed.setSpacingAfter(30);
        document.add(printed);
        document.add(new Paragraph(bundle.getString("report.pdf.team"), PdfFonts.bold(11, Color.BLACK)));
        List<List<String>> team = plan.team().stream()
                .map((WorkspaceMember m) -> List.of(m.getAccount().getFullName(), bundle.getString("MemberRole." + m.getRole()))).toList();
        Element table = PdfBlocks.table(List.of(bundle.getString("members.name"), bundle.getString("members.role")), team, "");
        if (table instanceof PdfPTable members) {
            members.setWidthPercentage(50);
            members.setHorizontalAlignment(Element.ALIGN_LEFT);
        }
        document.add(table);
    }

    /** The contents on a page of their own: {@code sections} in order, each with the page {@code pages} says (blank while unknown). */
    void contents(Document document, List<PdfSection> sections, Map<String, Integer> pages) throws DocumentException {
        document.newPage();
        document.add(PdfBlocks.title(bundle.getString("report.pdf.contents")));
        PdfPTable table = new PdfPTable(new float[] {12, 1});
        table.setWidthPercentage(80);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(12);
        for (int i = 0; i < sections.size(); i++) {
            String tag = PlanPdf.tag(i);
            Integer page = pages.get(tag);
            table.addCell(cell(new Chunk(sections.get(i).title(), PdfFonts.regular(11)).setLocalGoto(tag), Element.ALIGN_LEFT));
            table.addCell(cell(new Chunk(page == null ? " " : String.valueOf(page), PdfFonts.regular(11)).setLocalGoto(tag), Element.ALIGN_RIGHT));
        }
        document.add(table);
    }

    private static PdfPCell cell(Chunk chunk, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(chunk));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(new Color(0xdd, 0xdd, 0xdd));
        cell.setPadding(4);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }
}
