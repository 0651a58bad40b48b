package org.iclei.africa.resilient.tool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iclei.africa.resilient.shared.BaseEntity;

/**
 * One change to a worksheet row: who, when (created), which row, what. The workspace's recent-changes feed.
 * The summary is stored once, in no language: what the interface names (a sector, a choice, a field, a role) is
 * stored as its message key in braces ({@link #label}, e.g. {@code {Sector.HEALTH}}) and shown in the reader's
 * language when the feed is read.
 */
@Entity
@Table(name = "worksheet_change")
@NamedQuery(name = "WorksheetChange.recent",
        query = "select c from WorksheetChange c where c.workspace = :workspace order by c.createdAt desc, c.id desc")
@NamedQuery(name = "WorksheetChange.lastByWorkspace",
        query = "select c.workspace.id, max(c.createdAt) from WorksheetChange c group by c.workspace.id")
@NamedQuery(name = "WorksheetChange.moveAll", query = "update WorksheetChange c set c.workspace = :into where c.workspace = :from")
public class WorksheetChange extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Column(name = "changed_by", nullable = false, length = 120)
    private String changedBy;

    @Column(nullable = false, length = 40)
    private String worksheet;

    @Column(name = "row_id")
    private Long rowId;

    @Column(nullable = false, length = 10)
    private String action;

    @Column(nullable = false, length = 500)
    private String summary;

    /**
     * What rows, history lines, ticks and invitations say instead of the name of a member who deleted their account:
     * a message key, shown as "a former member" in the reader's language (like the keys in summaries).
     */
    public static final String FORMER_MEMBER = "{member.former}";

    /** Marks a message key in a summary, to be shown as its text in the reader's language: {@code {Sector.HEALTH}}. */
    public static String label(String messageKey) {
        return "{" + messageKey + "}";
    }

    protected WorksheetChange() {
        // for JPA
    }

    public WorksheetChange(Workspace workspace, String changedBy, String worksheet, Long rowId, String action, String summary) {
        this.workspace = workspace;
        this.changedBy = changedBy;
        this.worksheet = worksheet;
        this.rowId = rowId;
        this.action = action;
        this.summary = summary.length() > 500 ? summary.substring(0, 500) : summary;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getWorksheet() {
        return worksheet;
    }

    public Long getRowId() {
        return rowId;
    }

    public String getAction() {
        return action;
    }

    public String getSummary() {
        return summary;
    }

    /**
     * The member line names someone else now (a member who deleted their account becomes "a former member"): the name
     * in any case, as a whole (not inside a longer name: "Ann" leaves "Joanne" alone).
     */
    public void rename(String name, String replacement) {
        summary = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}@._-])" + java.util.regex.Pattern.quote(name) + "(?![\\p{L}\\p{N}@-]|\\.[\\p{L}\\p{N}])",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
                .matcher(summary).replaceAll(java.util.regex.Matcher.quoteReplacement(replacement));
    }
}
