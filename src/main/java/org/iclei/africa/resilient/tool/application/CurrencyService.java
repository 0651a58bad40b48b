package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.Currencies;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;

/**
 * The currency a workspace keeps its budgets and costs in: a lead chooses it among {@link Currencies#CHOICES}; a
 * choice made on a page opened before another change of the workspace is refused rather than saved over it.
 */
@Stateless
public class CurrencyService {

    public static final String NOT_OFFERED = "currency.invalid";
    public static final String CONFLICT = "currency.conflict";

    @Inject
    MemberAccess access;

    /** Keeps the workspace's sums in {@code code}, unless the workspace changed since its {@code version} was read. */
    public void choose(String email, String code, Long version) {
        WorkspaceMember member = access.editor(email);
        if (member.getRole() != MemberRole.LEAD) {
            throw new BusinessException(MembersService.LEAD_ONLY);
        }
        if (!Currencies.isChoice(code)) {
            throw new BusinessException(NOT_OFFERED);
        }
        Workspace workspace = member.getWorkspace();
        if (version == null || workspace.getVersion() != version) {
            throw new BusinessException(CONFLICT);
        }
        workspace.chooseCurrency(code);
    }
}
