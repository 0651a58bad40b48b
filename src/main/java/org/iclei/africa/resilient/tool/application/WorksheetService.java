package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.Quota;
import org.iclei.africa.resilient.tool.domain.EditableRow;
import org.iclei.africa.resilient.tool.domain.EvidenceKind;
import org.iclei.africa.resilient.tool.domain.EvidenceRepository;
import org.iclei.africa.resilient.tool.domain.Field;
import org.iclei.africa.resilient.tool.domain.FieldType;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.PlanAction;
import org.iclei.africa.resilient.tool.domain.PlanActionRepository;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.Worksheet;
import org.iclei.africa.resilient.tool.domain.WorksheetChange;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;
import org.iclei.africa.resilient.tool.domain.WorksheetRowRepository;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;

/**
 * The worksheets of steps 1, 2, 4 and 8 ({@link Worksheet}) for the signed-in member's own workspace:
 * list, add, edit and delete rows, each change checked, refused on a stale version, and recorded.
 */
@Stateless
public class WorksheetService {

    @Inject
    Quotas quotas;

    @Inject
    MemberAccess access;

    @Inject
    WorksheetRowRepository rows;

    @Inject
    PlanActionRepository actions;

    @Inject
    EvidenceRepository evidence;

    @Inject
    ChangeLog changeLog;

    /** One worksheet and its rows. */
    public record Sheet(Worksheet worksheet, List<WorksheetRow> rows) {

        public String getSlug() {
            return worksheet.slug();
        }

        public List<WorksheetRow> getRows() {
            return rows;
        }

        public boolean isSingle() {
            return worksheet.single();
        }

        /** A one-row worksheet that has its row can only be edited, not added to. */
        public boolean isFull() {
            return worksheet.single() && !rows.isEmpty();
        }
    }

    /** The worksheets of a step, and the rows other worksheets may point to (actions, indicators). */
    public record View(Workspace workspace, MemberRole role, boolean canEdit, List<Sheet> sheets, Map<Long, String> actions,
            Map<Long, String> indicators) {

        public Workspace getWorkspace() {
            return workspace;
        }

        public MemberRole getRole() {
            return role;
        }

        public boolean isCanEdit() {
            return canEdit;
        }

        public List<Sheet> getSheets() {
            return sheets;
        }

        public Map<Long, String> getActions() {
            return actions;
        }

        public Map<Long, String> getIndicators() {
            return indicators;
        }
    }

    public View view(String email, ProcessStep step) {
        WorkspaceMember member = access.member(email);
        List<WorksheetRow> all = rows.findByWorkspace(member.getWorkspace());
        List<Sheet> sheets = Worksheet.ofStep(step).stream().map(sheet -> new Sheet(sheet, sorted(sheet, all))).toList();
        Map<Long, String> indicators = new LinkedHashMap<>();
        all.stream().filter(r -> r.getWorksheet() == Worksheet.INDICATORS).forEach(r -> indicators.put(r.getId(), r.getTitle()));
        return new View(member.getWorkspace(), member.getRole(), member.canEdit(Instant.now()), sheets, actions(member.getWorkspace()),
                indicators);
    }

    /** The rows of one worksheet, as listed on its page and in its CSV export. */
    public List<WorksheetRow> rows(String email, Worksheet sheet) {
        return sorted(sheet, rows.findByWorkspace(access.member(email).getWorkspace()));
    }

    /** A row of the member's own workspace; {@link EditableRow#ROW_NOT_FOUND} for any other id. */
    public WorksheetRow row(String email, long id) {
        return EditableRow.of(access.member(email).getWorkspace(), rows.find(id));
    }

    /**
     * Adds a row ({@code id} null) or saves an edited one. Refused with {@link InvalidRowException} when a
     * field breaks its rules, and with {@link EditableRow#CONFLICT} when someone saved the row since
     * {@code version} was read.
     */
    public WorksheetRow save(String email, Worksheet sheet, Long id, Long version, Map<String, String> raw) {
        WorkspaceMember member = access.editor(email);
        Workspace workspace = member.getWorkspace();
        List<WorksheetRow> all = rows.findByWorkspace(workspace);
        WorksheetRow row = null;
        if (id != null) {
            row = row(email, id);
            if (row.getWorksheet() != sheet) {
                throw new BusinessException(EditableRow.ROW_NOT_FOUND);
            }
            row.checkVersion(version);
        } else if (sheet.single() && all.stream().anyMatch(r -> r.getWorksheet() == sheet)) {
            throw new BusinessException(Worksheet.ONLY_ONE);
        } else {
            quotas.roomForOneMore(Quota.WORKSHEET_ROWS, all.stream().filter(r -> r.getWorksheet() == sheet).count());
        }
        Set<Long> indicators = all.stream().filter(r -> r.getWorksheet() == Worksheet.INDICATORS).map(WorksheetRow::getId)
                .collect(Collectors.toSet());
        Worksheet.Checked checked = sheet.check(new Worksheet.Input(raw, actions(workspace).keySet(), indicators));
        Map<String, String> errors = new LinkedHashMap<>(checked.errors());
        if (sheet == Worksheet.CAPACITY && checked.values().containsKey("dimension")) {
            Long self = id;
            String dimension = checked.values().get("dimension");
            if (all.stream().anyMatch(r -> r.getWorksheet() == sheet && !r.getId().equals(self) && r.value("dimension").equals(dimension))) {
                errors.put("dimension", Worksheet.DUPLICATE);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRowException(errors);
        }
        boolean added = row == null;
        if (added) {
            row = new WorksheetRow(workspace, sheet);
        }
        String changes = added ? "" : changes(sheet, row.getValues(), checked.values());
        row.edit(checked.values(), member.getAccount().getFullName());
        rows.save(row);
        changeLog.record(member, sheet.slug(), row.getId(), added ? "added" : "edited",
                changes.isEmpty() ? title(row) : title(row) + " — " + changes);
        return row;
    }

    /**
     * What an edit changed, field by field, for the history: each field, choice, yes/no and "(empty)" as a message key
     * ({@link WorksheetChange#label}), e.g. {@code {ws.core-team.role}: Coordinator → Lead; {ws.mandate.date}: {tool.change.empty} → 2026-05-01}.
     */
    static String changes(Worksheet sheet, Map<String, String> before, Map<String, String> after) {
        return sheet.fields().stream()
                .filter(field -> !before.getOrDefault(field.name(), "").equals(after.getOrDefault(field.name(), "")))
                .map(field -> WorksheetChange.label("ws." + sheet.slug() + "." + field.name()) + ": "
                        + shown(field, before.get(field.name())) + " → " + shown(field, after.get(field.name())))
                .collect(Collectors.joining("; "));
    }

    /** A row's title in the history; a capacity row's dimension and level are choices, kept as their keys. */
    static String title(WorksheetRow row) {
        if (row.getWorksheet() == Worksheet.CAPACITY) {
            return WorksheetChange.label("choice." + row.value("dimension")) + ": " + WorksheetChange.label("choice." + row.value("level"));
        }
        return row.getTitle();
    }

    private static String shown(Field field, String value) {
        if (value == null || value.isEmpty()) {
            return WorksheetChange.label("tool.change.empty");
        }
        if (field.type() == FieldType.CHOICE) {
            return WorksheetChange.label("choice." + value);
        }
        if (field.type() == FieldType.YES_NO) {
            return WorksheetChange.label("yes".equals(value) ? "tool.yes" : "tool.no");
        }
        return value.length() > 60 ? value.substring(0, 59) + "…" : value;
    }

    /** Deletes a row and its evidence; deleting an indicator deletes its progress updates (and theirs) with it. */
    public void delete(String email, long id, long version) {
        WorkspaceMember member = access.editor(email);
        WorksheetRow row = row(email, id);
        row.checkVersion(version);
        if (row.getWorksheet() == Worksheet.INDICATORS) {
            String indicator = String.valueOf(id);
            rows.findByWorkspace(member.getWorkspace()).stream()
                    .filter(r -> r.getWorksheet() == Worksheet.PROGRESS && r.value("indicator").equals(indicator)).forEach(progress -> {
                        evidence.removeByRow(member.getWorkspace(), EvidenceKind.WORKSHEET_ROW, progress.getId());
                        rows.remove(progress);
                    });
        }
        changeLog.record(member, row.getWorksheet().slug(), id, "deleted", title(row));
        evidence.removeByRow(member.getWorkspace(), EvidenceKind.WORKSHEET_ROW, id);
        rows.remove(row);
    }

    private static List<WorksheetRow> sorted(Worksheet sheet, List<WorksheetRow> all) {
        List<WorksheetRow> rows = all.stream().filter(r -> r.getWorksheet() == sheet).toList();
        if (sheet.sortField() == null) {
            return rows;
        }
        return rows.stream().sorted(Comparator.comparing((WorksheetRow r) -> r.value(sheet.sortField())).reversed()
                .thenComparing(WorksheetRow::getId)).toList();
    }

    private Map<Long, String> actions(Workspace workspace) {
        Map<Long, String> texts = new LinkedHashMap<>();
        for (PlanAction action : actions.findByWorkspace(workspace)) {
            texts.put(action.getId(), action.getActionText());
        }
        return texts;
    }
}
