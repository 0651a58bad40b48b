package org.iclei.africa.resilient.tool.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.iclei.africa.resilient.tool.domain.FormerMembers;
import org.iclei.africa.resilient.tool.domain.WorksheetChange;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceInvitation;

/** {@link FormerMembers} with bulk JPQL updates, in the caller's transaction; the persistence context is cleared after them. */
@ApplicationScoped
public class JpaFormerMembers implements FormerMembers {

    /** Each entity with the field that names its author. */
    private static final List<String[]> AUTHORS = List.of(new String[] {"Risk", "changedBy"},
            new String[] {"AdaptationOption", "changedBy"}, new String[] {"PlanAction", "changedBy"},
            new String[] {"WorksheetRow", "changedBy"}, new String[] {"WorksheetChange", "changedBy"},
            new String[] {"CriteriaWeights", "changedBy"}, new String[] {"StepProgress", "changedBy"},
            new String[] {"CheckTick", "tickedBy"}, new String[] {"WorkspaceInvitation", "invitedBy"},
            new String[] {"Evidence", "uploadedBy"});

    @PersistenceContext
    EntityManager em;

    @Override
    public List<WorksheetChange> changesBy(Workspace workspace, String name) {
        return em.createQuery("select c from WorksheetChange c where c.workspace = :workspace and c.changedBy = :name"
                + " order by c.createdAt desc, c.id desc", WorksheetChange.class)
                .setParameter("workspace", workspace).setParameter("name", name).getResultList();
    }

    @Override
    public List<WorkspaceInvitation> invitationsTo(String email) {
        return em.createQuery("select i from WorkspaceInvitation i where i.email = :email order by i.id", WorkspaceInvitation.class)
                .setParameter("email", email).getResultList();
    }

    @Override
    public int attributeToFormerMember(Workspace workspace, String name, String email) {
        em.flush();
        int changed = 0;
        for (String[] author : AUTHORS) {
            changed += em.createQuery("update " + author[0] + " e set e." + author[1] + " = :marker"
                    + " where e.workspace = :workspace and e." + author[1] + " = :name")
                    .setParameter("marker", WorksheetChange.FORMER_MEMBER).setParameter("workspace", workspace)
                    .setParameter("name", name).executeUpdate();
        }
        for (WorksheetChange line : em.createQuery("select c from WorksheetChange c where c.workspace = :workspace"
                + " and c.worksheet = 'members' and (c.summary like :named or lower(c.summary) like :address)", WorksheetChange.class)
                .setParameter("workspace", workspace).setParameter("named", "%" + name + "%")
                .setParameter("address", "%" + email + "%").getResultList()) {
            line.rename(name, WorksheetChange.FORMER_MEMBER);
            line.rename(email, WorksheetChange.FORMER_MEMBER);
            changed++;
        }
        em.flush();
        em.clear();
        return changed;
    }

    @Override
    public void removeInvitationsTo(String email) {
        em.createQuery("delete from WorkspaceInvitation i where i.email = :email").setParameter("email", email).executeUpdate();
    }
}
