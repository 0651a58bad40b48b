package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.upload.FileKind;
import org.iclei.africa.resilient.shared.upload.UploadCheck;
import org.iclei.africa.resilient.tool.domain.Quota;
import org.iclei.africa.resilient.tool.domain.AdaptationOptionRepository;
import org.iclei.africa.resilient.tool.domain.EditableRow;
import org.iclei.africa.resilient.tool.domain.Evidence;
import org.iclei.africa.resilient.tool.domain.EvidenceFile;
import org.iclei.africa.resilient.tool.domain.EvidenceKind;
import org.iclei.africa.resilient.tool.domain.EvidenceRepository;
import org.iclei.africa.resilient.tool.domain.PlanActionRepository;
import org.iclei.africa.resilient.tool.domain.RiskRepository;
import org.iclei.africa.resilient.tool.domain.WorksheetRowRepository;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;

/**
 * Evidence: files (PDF, Office documents, images; at most 10 MB, the kind checked from the content) that members who
 * may edit attach to a worksheet row, risk, option or action of their own workspace. Every member reads and downloads
 * them (viewers and ended trials too); a file of another workspace does not exist for them. A row's files are deleted
 * with the row by the row's service ({@link EvidenceRepository#removeByRow}).
 */
@Stateless
public class EvidenceService {

    @Inject
    Quotas quotas;

    @Inject
    MemberAccess access;

    @Inject
    EvidenceRepository evidence;

    @Inject
    WorksheetRowRepository rows;

    @Inject
    RiskRepository risks;

    @Inject
    AdaptationOptionRepository options;

    @Inject
    PlanActionRepository actions;

    /**
     * The files of one row and what the row is called: {@code group} is the message key of its worksheet or list
     * (e.g. {@code ws.core-team.title}, {@code tool.risks}), {@code title} the row in a few words.
     */
    public record RowEvidence(EvidenceKind kind, long rowId, String group, String title, List<EvidenceFile> files) {
    }

    /** Attaches a checked file to a row of the member's workspace; refused for viewers, ended trials and other rows. */
    public EvidenceFile attach(String email, EvidenceKind kind, long rowId, String fileName, long size, InputStream content) {
        WorkspaceMember member = access.editor(email);
        Workspace workspace = member.getWorkspace();
        row(workspace, kind, rowId);
        if (content == null) {
            throw new BusinessException(UploadCheck.EMPTY);
        }
        quotas.roomForFile(evidence.listByWorkspace(workspace), size);
        UploadCheck.CheckedFile file = UploadCheck.check(fileName, size, content, FileKind.DOCUMENTS, UploadCheck.TEN_MB);
        Evidence attached = new Evidence(workspace, kind, rowId, file.name(), file.kind(), file.content(), member.getAccount().getFullName(),
                Instant.now());
        evidence.add(attached);
        return new EvidenceFile(attached.getId(), attached.getVersion(), kind, rowId, attached.getFileName(), attached.getContentType(), attached.getFileSize(),
                attached.getUploadedBy(), attached.getUploadedAt());
    }

    /** Deletes a file of the member's workspace, as it was read ({@code version}). */
    public void delete(String email, long id, long version) {
        Workspace workspace = access.editor(email).getWorkspace();
        Evidence found = evidence.find(id).filter(e -> e.belongsTo(workspace))
                .orElseThrow(() -> new BusinessException(EditableRow.ROW_NOT_FOUND));
        if (found.getVersion() != version) {
            throw new BusinessException(EditableRow.ROW_NOT_FOUND);
        }
        evidence.remove(found);
    }

    /** A file with its bytes, when the account is a member of its workspace (any role); empty for anyone else. */
    public Optional<Evidence> download(String email, long id) {
        Workspace workspace;
        try {
            workspace = access.member(email).getWorkspace();
        } catch (BusinessException e) {
            return Optional.empty();
        }
        return evidence.find(id).filter(e -> e.belongsTo(workspace));
    }

    /** The member's workspace's files, by row: worksheet rows, risks, options, then actions, each row once. */
    public List<RowEvidence> byRow(String email) {
        Workspace workspace = access.member(email).getWorkspace();
        Map<String, List<EvidenceFile>> grouped = new LinkedHashMap<>();
        for (EvidenceFile file : evidence.listByWorkspace(workspace)) {
            grouped.computeIfAbsent(file.kind() + ":" + file.rowId(), k -> new ArrayList<>()).add(file);
        }
        if (grouped.isEmpty()) {
            return List.of(); // most pages of most workspaces: no need to read every row's name
        }
        Map<String, String[]> names = names(workspace);
        List<RowEvidence> result = new ArrayList<>();
        grouped.forEach((key, files) -> {
            String[] name = names.getOrDefault(key, new String[] {"", ""});
            result.add(new RowEvidence(files.get(0).kind(), files.get(0).rowId(), name[0], name[1], List.copyOf(files)));
        });
        result.sort(Comparator.comparing(RowEvidence::kind));
        return result;
    }

    /** Each row of the workspace as {@code KIND:id} → its group's message key and its title. */
    private Map<String, String[]> names(Workspace workspace) {
        Map<String, String[]> names = new LinkedHashMap<>();
        rows.findByWorkspace(workspace).forEach(r -> names.put(EvidenceKind.WORKSHEET_ROW + ":" + r.getId(),
                new String[] {"ws." + r.getWorksheet().slug() + ".title", r.getTitle()}));
        risks.findByWorkspace(workspace).forEach(r -> names.put(EvidenceKind.RISK + ":" + r.getId(), new String[] {"tool.risks", r.getHazard()}));
        options.findByWorkspace(workspace).forEach(o -> names.put(EvidenceKind.OPTION + ":" + o.getId(), new String[] {"tool.options", o.getName()}));
        actions.findByWorkspace(workspace).forEach(a -> names.put(EvidenceKind.ACTION + ":" + a.getId(),
                new String[] {"tool.actions.list", a.getActionText()}));
        return names;
    }

    /** The row a file is attached to, in the member's workspace; {@link EditableRow#ROW_NOT_FOUND} otherwise. */
    private EditableRow row(Workspace workspace, EvidenceKind kind, long rowId) {
        Optional<? extends EditableRow> found = switch (kind) {
            case WORKSHEET_ROW -> rows.find(rowId);
            case RISK -> risks.find(rowId);
            case OPTION -> options.find(rowId);
            case ACTION -> actions.find(rowId);
        };
        return EditableRow.of(workspace, found);
    }
}
