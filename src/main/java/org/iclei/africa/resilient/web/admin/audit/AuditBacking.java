package org.iclei.africa.resilient.web.admin.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iclei.africa.resilient.admin.application.AuditLog;
import org.iclei.africa.resilient.admin.domain.AuditEntry;
import org.iclei.africa.resilient.admin.domain.FieldChange;
import org.iclei.africa.resilient.admin.domain.AuditQuery;
import org.iclei.africa.resilient.web.admin.AdminPage;
import org.iclei.africa.resilient.web.admin.PagedRows;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /admin/audit?actor=&action=&type=&id=&from=&to=}: the audit log, newest first, a page at a time. The
 * filter is a GET form, so every filtered view is a URL that can be bookmarked or linked to, e.g. all the
 * changes of one record: {@code /admin/audit?type=workspace&id=12}. Dates are days in the server's time zone,
 * both included.
 */
@Named("adminAudit")
@ViewScoped
public class AuditBacking extends AdminPage {

    private static final long serialVersionUID = 1L;

    private static final int SHORT = 120;

    /** The record types of the back office, as the audit log names them (the type filter offers these). */
    public static final List<String> RECORD_TYPES = List.of("workspace", "account", "page", "stepGuide", "pioneer",
            "supporter", "resource", "topic", "country", "message", "mail");

    @Inject
    AuditLog audit;

    @Inject
    @Param(name = "actor")
    String actor;

    @Inject
    @Param(name = "action")
    String action;

    @Inject
    @Param(name = "type")
    String type;

    @Inject
    @Param(name = "id")
    String recordId;

    @Inject
    @Param(name = "from")
    String from;

    @Inject
    @Param(name = "to")
    String to;

    private PagedRows<AuditEntry> rows;
    private final Map<String, String> recordPages = new HashMap<>();

    @PostConstruct
    void init() {
        rows = new PagedRows<>((first, max) -> audit.search(query(), first, max), () -> audit.count(query()));
    }

    /** The filter of the URL; a date that is not one (by hand-editing) is left out. */
    AuditQuery query() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        return new AuditQuery(blank(actor), blank(action), blank(type), blank(recordId),
                fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What the action was, in the administrator's language ({@code audit.action.<action>}), or its key as stored. */
    public String actionText(String key) {
        return bundle().containsKey("audit.action." + key) ? bundle().getString("audit.action." + key) : key;
    }

    /** Whether a change has a value too long to show whole in the table (a page text): it is shown folded. */
    public boolean isLong(FieldChange change) {
        return length(change.getOldValue()) > SHORT || length(change.getNewValue()) > SHORT;
    }

    /** The beginning of a value, for the folded line of a long change. */
    public String shortText(String value) {
        if (value == null || value.isEmpty()) {
            return "–";
        }
        return value.length() <= SHORT ? value : value.substring(0, SHORT) + "…";
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    /** The name of a record type in the administrator's language, or the type as stored. */
    public String typeText(String recordType) {
        String key = "admin.audit.type." + recordType;
        return bundle().containsKey(key) ? bundle().getString(key) : recordType;
    }

    /**
     * The back-office page of a record, when its part has one by the convention {@code /admin/<type>s/<type>?id=N}
     * (or {@code /admin/<type>/<type>?id=N}, as {@code /admin/mail/mail}); null: show the label only.
     */
    public String recordPage(AuditEntry entry) {
        if (entry.getRecordId() == null || !entry.getRecordType().matches("[A-Za-z]+")) {
            return null;
        }
        String view = recordPages.computeIfAbsent(entry.getRecordType(), AuditBacking::findRecordView);
        return view.isEmpty() ? null : Faces.getRequestContextPath() + view + "?id=" + encode(entry.getRecordId());
    }

    private static String findRecordView(String recordType) {
        for (String path : List.of("/admin/" + recordType + "s/" + recordType, "/admin/" + recordType + "/" + recordType)) {
            try {
                if (Faces.getExternalContext().getResource(path + ".xhtml") != null) {
                    return path;
                }
            } catch (java.net.MalformedURLException e) {
                // not a page
            }
        }
        return "";
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public List<String> getRecordTypes() {
        return RECORD_TYPES;
    }

    public PagedRows<AuditEntry> getRows() {
        return rows;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getType() {
        return type;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }
}
