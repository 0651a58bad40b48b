package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.PlanAction;
import org.iclei.africa.resilient.tool.domain.PlanActionRepository;
import org.iclei.africa.resilient.tool.domain.ReminderKind;
import org.iclei.africa.resilient.tool.domain.ReminderRepository;
import org.iclei.africa.resilient.tool.domain.ReminderRules;
import org.iclei.africa.resilient.tool.domain.ReminderSent;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;
import org.iclei.africa.resilient.tool.domain.WorksheetRowRepository;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.iclei.africa.resilient.tool.domain.WorkspaceRepository;

/**
 * The reminders by e-mail, checked by the scheduler in {@code config} at the time of the portal's clock: the trial ends
 * within two days (to every member with a role), the review date of step 8 has come (to every member with a role: the
 * review is the whole team's), and the weekly digest of late actions and indicators without update (to the leads, on
 * the first check of each ISO week, only when there is something to say). Each is recorded in {@link ReminderSent} in
 * the same transaction as its mails, so it goes out once per cluster; each member's opt-outs are respected.
 */
@Stateless
public class Reminders {

    @Inject
    ReminderRepository sent;

    @Inject
    WorkspaceRepository workspaces;

    @Inject
    WorksheetRowRepository rows;

    @Inject
    PlanActionRepository actions;

    @Inject
    ReminderMails mails;

    public List<Long> workspaceIds() {
        return sent.workspaceIds();
    }

    /**
     * Sends the workspace's reminder of this kind if it is due at {@code now} and not yet sent, in a transaction of its
     * own; returns how many mails were queued. Fails (and rolls back) when another node recorded it meanwhile.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int send(long workspaceId, ReminderKind kind, Instant now) {
        Workspace workspace = workspaces.find(workspaceId).orElse(null);
        if (workspace == null || workspace.isDemo()) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return switch (kind) {
            case TRIAL_ENDING -> ReminderRules.trialEndingSoon(workspace, now)
                    .map(end -> deliver(workspace, kind, end.toString(), now, Account::isRemindTrial, false,
                            to -> mails.trialEnding(to, workspace, end)))
                    .orElse(0);
            case REVIEW_DUE -> ReminderRules.reviewDue(rows.findByWorkspace(workspace), today)
                    .map(date -> deliver(workspace, kind, date.toString(), now, Account::isRemindReview, false,
                            to -> mails.reviewDue(to, workspace, date)))
                    .orElse(0);
            case WEEKLY_DIGEST -> digest(workspace, today, now);
        };
    }

    private int digest(Workspace workspace, LocalDate today, Instant now) {
        String week = ReminderRules.weekKey(today);
        if (sent.wasSent(ReminderKind.WEEKLY_DIGEST, workspace.getId(), week)) {
            return 0;
        }
        List<PlanAction> late = ReminderRules.lateActions(actions.findByWorkspace(workspace), today);
        Map<WorksheetRow, LocalDate> stale = ReminderRules.staleIndicators(rows.findByWorkspace(workspace), today);
        if (late.isEmpty() && stale.isEmpty()) {
            sent.record(new ReminderSent(ReminderKind.WEEKLY_DIGEST, workspace.getId(), week, now)); // this week's check is done
            return 0;
        }
        return deliver(workspace, ReminderKind.WEEKLY_DIGEST, week, now, Account::isRemindDigest, true,
                to -> mails.digest(to, workspace, late, stale));
    }

    private int deliver(Workspace workspace, ReminderKind kind, String period, Instant now, Predicate<Account> wanted, boolean leadsOnly,
            Consumer<Account> mail) {
        if (sent.wasSent(kind, workspace.getId(), period)) {
            return 0;
        }
        sent.record(new ReminderSent(kind, workspace.getId(), period, now));
        List<Account> to = workspaces.members(workspace).stream()
                .filter(m -> leadsOnly ? m.getRole() == MemberRole.LEAD : m.getRole().canRead())
                .map(WorkspaceMember::getAccount).filter(a -> a.canSignIn() && wanted.test(a)).toList();
        to.forEach(mail);
        return to.size();
    }
}
