package org.iclei.africa.resilient.web.tool;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.iclei.africa.resilient.tool.application.InvalidRowException;
import org.iclei.africa.resilient.tool.application.WorksheetService;
import org.iclei.africa.resilient.tool.application.WorksheetService.View;
import org.iclei.africa.resilient.tool.domain.Field;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.Worksheet;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * The worksheets of a step page (steps 1, 2, 4 and 8): their rows, and the one form being edited
 * ({@code ?edit=<id>}) or posted. A refused save keeps what the member typed, with a message per field.
 */
@Named("sheets")
@RequestScoped
public class WorksheetBacking extends StepPage<View> {

    @Inject
    WorksheetService worksheets;

    @Inject
    @Param(name = "sheet")
    String postedSheet;

    @Inject
    @Param(name = "rowId")
    Long postedRowId;

    @Inject
    @Param(name = "rowVersion")
    Long postedRowVersion;

    private ProcessStep step;
    private Worksheet active;
    private Long rowId;
    private Long rowVersion;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();

    @Override
    protected View view(String email) {
        step = viewStep();
        return worksheets.view(email, step);
    }

    @Override
    protected void edit(String email, long id) {
        WorksheetRow row = worksheets.row(email, id);
        active = row.getWorksheet();
        rowId = row.getId();
        rowVersion = row.getVersion();
        values.putAll(row.getValues());
    }

    /** The posted form must be part of the page again, or Faces would not run its button (a one-row worksheet shows its form only while its row is being edited). */
    @Override
    protected void restorePosted() {
        posted().ifPresent(sheet -> {
            active = sheet;
            rowId = postedRowId;
        });
    }

    @Override
    String path() {
        return viewPath();
    }

    /** Saves the posted row: the worksheet named by {@code sheet}, its fields posted as {@code f.<name>}. */
    public void save() {
        Optional<Worksheet> sheet = posted();
        if (sheet.isEmpty()) {
            notFound();
            return;
        }
        active = sheet.get();
        rowId = postedRowId;
        rowVersion = postedRowVersion;
        for (Field field : active.fields()) {
            String value = Faces.getRequestParameter("f." + field.name());
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        act(() -> worksheets.save(email(), active, rowId, rowVersion, values), "ws.saved");
        if (lastRefusal instanceof InvalidRowException invalid) {
            invalid.getFieldErrors().forEach((name, key) -> errors.put(name, fieldMessage(key, name)));
        }
    }

    public void delete() {
        deleteRow((id, version) -> worksheets.delete(email(), id, version), "ws.deleted");
    }

    /** The worksheet of this step named by the posted {@code sheet}. */
    private Optional<Worksheet> posted() {
        return Optional.ofNullable(postedSheet).flatMap(Worksheet::bySlug).filter(w -> w.step() == step);
    }

    private String fieldMessage(String key, String field) {
        String text = bundle().getString(key);
        if (Worksheet.TOO_LONG.equals(key)) {
            int max = active.fields().stream().filter(f -> f.name().equals(field)).findFirst().map(Field::maxLength).orElse(0);
            return MessageFormat.format(text.replace("'", "''"), max);
        }
        return text;
    }

    public ProcessStep getStep() {
        return step;
    }

    /** Whether the form of this worksheet is the one being edited or posted. */
    public boolean isActive(String sheet) {
        return active != null && active.slug().equals(sheet);
    }

    public String getActiveSlug() {
        return active == null ? "" : active.slug();
    }

    /** Whether the posted form of this worksheet was refused with errors on its fields (its error summary shows). */
    public boolean hasErrors(String sheet) {
        return isActive(sheet) && !errors.isEmpty();
    }

    public Long rowId(String sheet) {
        return isActive(sheet) ? rowId : null;
    }

    public Long rowVersion(String sheet) {
        return isActive(sheet) ? rowVersion : null;
    }

    /** The value the form of a worksheet shows for a field: the row being edited, or what was posted. */
    public String value(String sheet, String field) {
        return isActive(sheet) ? values.getOrDefault(field, "") : "";
    }

    public String fieldError(String sheet, String field) {
        return isActive(sheet) ? errors.get(field) : null;
    }

    public boolean isSelected(String sheet, String field, Object option) {
        return option != null && String.valueOf(option).equals(value(sheet, field));
    }

    /** A stored value as the member reads it: dates and amounts in their language, choices by their label. */
    public String display(WorksheetRow row, Field field) {
        return CellFormat.of(bundle(), language.getLocale(), getView(), true).format(row, field);
    }

    /** A link to the row's point on OpenStreetMap (vulnerable places), or null when it has none. */
    public String mapLink(WorksheetRow row) {
        String lat = row.value("latitude");
        String lon = row.value("longitude");
        if (lat.isEmpty() || lon.isEmpty()) {
            return null;
        }
        return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=15/" + lat + "/" + lon;
    }

}
