package org.iclei.africa.resilient.web.accounts;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Map;
import org.iclei.africa.resilient.accounts.application.DataRightsService;

/**
 * GET /account/my-data.json: everything the portal keeps about the signed-in account, as a JSON download
 * (members and administrators, by web.xml; always the caller's own account, whatever is asked).
 */
@WebServlet("/account/my-data.json")
public class MyDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DataRightsService dataRights;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal caller = request.getUserPrincipal();
        if (caller == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var data = dataRights.export(caller.getName());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"resilient-africa-my-data-" + LocalDate.now() + ".json\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(response.getWriter())) {
            writer.writeObject(data);
        }
    }
}
