package org.iclei.africa.resilient.web.tool;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.web.support.DownloadName;
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/**
 * Each worksheet of the member's workspace as a CSV file, at /tool/export/&lt;worksheet&gt;.csv (the generic
 * worksheets by their slug, and risks, options and actions), and all of them in one ZIP file at
 * /tool/export/plan.zip, named after the municipality and the day ({@code resilience-plan-saint-louis-2026-11-29.zip},
 * the CSV files in a folder of that name). The tables come from {@link ExportTables}: UTF-8 with a byte-order mark so
 * that spreadsheets read accents, in the member's language: headers, choices, yes/no, bands, sectors and the meaning of
 * each rating through the bundles, and the language's separators ({@link CsvFormat}: {@code ;} and decimal commas in
 * French and Portuguese); ISO dates; cells that a spreadsheet would run as a formula neutralised. Viewers and ended
 * trials may export too.
 */
@WebServlet("/tool/export/*")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String ZIP = "/plan.zip";

    @Inject
    transient ExportTables tables;

    @Inject
    transient VisitorLanguage language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        boolean zip = ZIP.equals(path);
        if (path == null || !zip && !path.matches("/[a-z-]{1,40}\\.csv") || request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String email = request.getUserPrincipal().getName();
        Locale locale = language.getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
        try {
            if (zip) {
                zip(email, bundle, locale, response);
            } else {
                csv(path.substring(1, path.length() - ".csv".length()), email, bundle, locale, response);
            }
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private void csv(String name, String email, ResourceBundle bundle, Locale locale, HttpServletResponse response) throws IOException {
        List<List<String>> table = tables.table(name, email, bundle, locale);
        if (table == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        response.getWriter().write(CsvFormat.of(locale).file(table));
    }

    /** Every worksheet's CSV file, read before the response starts so that a refusal is still a plain 403. */
    private void zip(String email, ResourceBundle bundle, Locale locale, HttpServletResponse response) throws IOException {
        DownloadName name = DownloadName.of("resilience-plan", tables.workspaceName(email), LocalDate.now(ZoneId.systemDefault()), "zip");
        Map<String, String> files = new LinkedHashMap<>();
        int number = 1;
        for (String sheet : ExportTables.names()) {
            files.put(name.base() + "/" + String.format(Locale.ROOT, "%02d-%s.csv", number++, sheet),
                    CsvFormat.of(locale).file(tables.table(sheet, email, bundle, locale)));
        }
        response.setContentType("application/zip");
        response.setHeader("Cache-Control", "private, no-store");
        name.attach(response);
        try (ZipOutputStream out = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
