package org.iclei.africa.resilient.tool.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.shared.BaseEntity;

/**
 * A row of one of the {@link Worksheet}s: its checked values, stored as one JSON object of strings.
 * The version column (from {@link BaseEntity}) refuses a save based on an older copy.
 */
@Entity
@Table(name = "worksheet_row")
@NamedQuery(name = "WorksheetRow.findByWorkspace",
        query = "select r from WorksheetRow r where r.workspace = :workspace order by r.id")
@NamedQuery(name = "WorksheetRow.countByWorksheet",
        query = "select r.worksheet, count(r) from WorksheetRow r where r.workspace = :workspace group by r.worksheet")
@NamedQuery(name = "WorksheetRow.moveAll", query = "update WorksheetRow r set r.workspace = :into where r.workspace = :from")
public class WorksheetRow extends BaseEntity implements EditableRow {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Column(nullable = false, length = 40)
    private String worksheet;

    @Column(nullable = false, length = 20000)
    private String data;

    @Column(name = "changed_by", nullable = false, length = 120)
    private String changedBy;

    @Transient
    private Map<String, String> values;

    protected WorksheetRow() {
        // for JPA
    }

    public WorksheetRow(Workspace workspace, Worksheet worksheet) {
        this.workspace = workspace;
        this.worksheet = worksheet.slug();
    }

    /** Replaces every value with already checked ones (see {@link Worksheet#check}). */
    public void edit(Map<String, String> checkedValues, String by) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        checkedValues.forEach(json::add);
        this.data = json.build().toString();
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(checkedValues));
        this.changedBy = by;
    }

    @Override
    public boolean belongsTo(Workspace other) {
        return workspace.equals(other);
    }

    public Workspace getWorkspace() {
        return workspace;
    }

    public Worksheet getWorksheet() {
        return Worksheet.bySlug(worksheet).orElseThrow();
    }

    /** The values by field name; a field left empty is absent. */
    public Map<String, String> getValues() {
        if (values == null) {
            try (JsonReader reader = Json.createReader(new StringReader(data))) {
                JsonObject object = reader.readObject();
                values = Collections.unmodifiableMap(object.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> ((JsonString) e.getValue()).getString(), (a, b) -> a, LinkedHashMap::new)));
            }
        }
        return values;
    }

    public String value(String field) {
        return getValues().getOrDefault(field, "");
    }

    /** The row in a few words, for the history of changes and for choosing it in another worksheet. */
    public String getTitle() {
        Worksheet sheet = getWorksheet();
        String title = value(sheet.titleField().name());
        if (sheet == Worksheet.PROGRESS || sheet == Worksheet.REVIEW || sheet == Worksheet.WEATHER_EVENTS) {
            title = value("date") + " " + value(sheet == Worksheet.WEATHER_EVENTS ? "hazard" : sheet == Worksheet.PROGRESS ? "value" : "scope");
        } else if (sheet == Worksheet.CAPACITY) {
            title = value("dimension") + ": " + value("level");
        }
        title = title.strip();
        return title.length() > 120 ? title.substring(0, 119) + "…" : title;
    }

    @Override
    public String getChangedBy() {
        return changedBy;
    }
}
