package org.iclei.africa.resilient.tool;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.application.ActionForm;
import org.iclei.africa.resilient.tool.application.OptionForm;
import org.iclei.africa.resilient.tool.application.RiskForm;
import org.iclei.africa.resilient.tool.domain.ActionStatus;
import org.iclei.africa.resilient.tool.domain.AdaptationOption;
import org.iclei.africa.resilient.tool.domain.Criterion;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.OptionType;
import org.iclei.africa.resilient.tool.domain.Risk;
import org.iclei.africa.resilient.tool.domain.Sector;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;

/**
 * What the in-container tests of the tool's services start from: two fresh municipalities and their
 * workspaces, with every kind of account — lead, editor, viewer, a lead of the other municipality, an editor
 * of a third workspace whose trial has ended, and an address with no account — plus the forms and checks they share.
 */
final class ToolFixture {

    final String lead;
    final String editor;
    final String viewer;
    final String expired;
    final String stranger;
    final String nobody;
    final Municipality municipality;
    final Workspace workspace;
    final Workspace endedWorkspace;
    /** A high risk of the lead's workspace, which the options of the tests answer. */
    final long riskId;
    /** An option of each account's workspace (the lead's for an account with none), that actions carry out. */
    private final Map<String, Long> optionByEmail = new HashMap<>();

    private final EntityManager em;
    private final UserTransaction tx;

    /** Makes new municipalities, workspaces and accounts (their names carry a fresh number), in one transaction. */
    ToolFixture(EntityManager em, UserTransaction tx) throws Exception {
        this.em = em;
        this.tx = tx;
        long n = System.nanoTime();
        tx.begin();
        Country country = em.createQuery("select c from Country c where c.code = 'MZ'", Country.class).getSingleResult();
        municipality = new Municipality("Marracuene " + n, country);
        Municipality other = new Municipality("Manhiça " + n, country);
        Municipality third = new Municipality("Boane " + n, country);
        em.persist(municipality);
        em.persist(other);
        em.persist(third);
        Instant now = Instant.now();
        workspace = new Workspace(municipality, false, now, Duration.ofDays(7));
        Workspace otherWorkspace = new Workspace(other, false, now, Duration.ofDays(7));
        endedWorkspace = new Workspace(third, false, now.minus(10, ChronoUnit.DAYS), Duration.ofDays(7));
        em.persist(workspace);
        em.persist(otherWorkspace);
        em.persist(endedWorkspace);
        lead = account("lead", n, workspace, MemberRole.LEAD, now);
        editor = account("editor", n, workspace, MemberRole.EDITOR, now);
        viewer = account("viewer", n, workspace, MemberRole.VIEWER, now);
        expired = account("expired", n, endedWorkspace, MemberRole.EDITOR, now.minus(10, ChronoUnit.DAYS));
        stranger = account("stranger", n, otherWorkspace, MemberRole.LEAD, now);
        nobody = "nobody." + n + "@example.org";
        AdaptationOption option = persistOption(workspace);
        riskId = option.getRisks().get(0).getId();
        for (String email : List.of(lead, editor, viewer, nobody)) {
            optionByEmail.put(email, option.getId());
        }
        optionByEmail.put(expired, persistOption(endedWorkspace).getId());
        optionByEmail.put(stranger, persistOption(otherWorkspace).getId());
        tx.commit();
    }

    private AdaptationOption persistOption(Workspace in) {
        Risk risk = new Risk(in);
        risk.edit("Flood", Sector.WATER, "Pumps flooded", 4, 4, true, "fixture");
        em.persist(risk);
        AdaptationOption option = new AdaptationOption(in);
        option.describe("Raise the pumps", List.of(risk), null, OptionType.NO_REGRET, "Water", null, "fixture");
        em.persist(option);
        return option;
    }

    /** An action of {@code email}'s workspace, ready to save. */
    ActionForm actionOf(String email) {
        ActionForm form = action();
        form.setOptionId(optionByEmail.get(email));
        return form;
    }

    private String account(String who, long n, Workspace in, MemberRole role, Instant confirmedAt) {
        String email = who + "." + n + "@example.org";
        Account account = new Account(email, who + " " + n, "not-used", Role.MEMBER, AccountStatus.UNCONFIRMED, "en");
        account.joinMunicipality(in.getMunicipality());
        account.confirm(confirmedAt);
        em.persist(account);
        em.persist(new WorkspaceMember(in, account, role));
        return email;
    }

    /** A colleague of the fixture's municipality who has just confirmed, with no workspace yet. */
    Account confirmedColleague(String email, String fullName, String language) throws Exception {
        tx.begin();
        Account account = new Account(email, fullName, "not-used", Role.MEMBER, AccountStatus.UNCONFIRMED, language);
        account.joinMunicipality(em.merge(municipality));
        account.confirm(Instant.now());
        em.persist(account);
        tx.commit();
        return account;
    }

    /** The token of the newest invitation mailed to {@code address} (from the outbox). */
    String mailedToken(String address, String path) {
        String body = em.createQuery("select m.body from OutgoingMail m where m.recipient = :r order by m.id desc", String.class)
                .setParameter("r", address).setMaxResults(1).getSingleResult();
        int at = body.indexOf(path);
        assertTrue(at >= 0, body);
        return body.substring(at + path.length()).split("\\s")[0];
    }

    /** "OK", or the message key of the refusal. */
    static String outcome(Runnable action) {
        try {
            action.run();
            return "OK";
        } catch (BusinessException e) {
            return e.getMessageKey();
        }
    }

    /** An option that answers the fixture's risk of the lead's workspace. */
    OptionForm option(String name) {
        OptionForm form = new OptionForm();
        form.setName(name);
        form.getRiskIds().add(riskId);
        form.setType(OptionType.NO_REGRET);
        form.setLeadDepartment("Roads");
        return form;
    }

    static RiskForm risk() {
        RiskForm form = new RiskForm();
        form.setHazard("Flood");
        form.setSector(Sector.WATER);
        form.setImpact("Pumps flooded");
        form.setLikelihood(3);
        form.setConsequence(4);
        return form;
    }

    static Map<Criterion, Integer> weights() {
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            weights.put(criterion, 5);
        }
        return weights;
    }

    static ActionForm action() {
        ActionForm form = new ActionForm();
        form.setActionText("Clear the drains");
        form.setObjective("Drains clear before the rains");
        form.setDepartment("Roads");
        form.setStatus(ActionStatus.PLANNED);
        return form;
    }
}
