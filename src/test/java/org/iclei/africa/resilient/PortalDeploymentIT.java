package org.iclei.africa.resilient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.iclei.africa.resilient.accounts.application.AccountService;
import org.iclei.africa.resilient.accounts.application.AuthenticationService;
import org.iclei.africa.resilient.accounts.application.AuthenticationService.Outcome;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.admin.application.AuditLog;
import org.iclei.africa.resilient.admin.domain.AuditQuery;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.iclei.africa.resilient.accounts.domain.PasswordHashing;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.admin.application.AccountAdministration;
import org.iclei.africa.resilient.config.DataSourceConfig;
import org.iclei.africa.resilient.config.DatabaseReadinessCheck;
import org.iclei.africa.resilient.content.application.LibraryService;
import org.iclei.africa.resilient.content.application.PioneerService;
import org.iclei.africa.resilient.content.domain.LibraryQuery;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.support.PortalDeployment;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR deployed by Arquillian on a Payara Micro of its own, on an empty database: the start-up work
 * happened (Flyway, first administrator, initial content, readiness), entities round-trip through EclipseLink
 * with optimistic locking, and accounts are let in or kept out by their role and state. Each test makes what it
 * needs; the HTTP pages are checked against the shared portal (PublicPagesIT), the content services in ContentServicesIT.
 */
@ExtendWith(ArquillianExtension.class)
@RequiresDatabase
class PortalDeploymentIT {

    static final String ACCOUNT_PASSWORD = "kapok-seeds-on-wind";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.of(PortalDeploymentIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    EntityManager em;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @Readiness
    DatabaseReadinessCheck readiness;

    @Inject
    LibraryService library;

    @Inject
    PioneerService pioneers;

    @Inject
    AuthenticationService authentication;

    @Inject
    AccountService accountService;

    @Inject
    AuditLog auditLog;

    @Inject
    AccountAdministration accountAdministration;

    @Inject
    PasswordHashing hasher;

    @Test
    void flywayMigratedTheSchemaAtStartUp() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*), sum(case when \"success\" then 0 else 1 end)"
                        + " from \"flyway_schema_history\" where \"version\" is not null")) {
            assertTrue(rs.next());
            assertTrue(rs.getInt(1) >= 1, "no migration recorded");
            assertEquals(0, rs.getInt(2), "a migration failed");
        }
    }

    @Test
    void theFirstAdministratorExistsWithAPbkdf2Hash() {
        List<Account> admins = em.createQuery("select a from Account a where a.role = :role", Account.class)
                .setParameter("role", Role.ADMIN).getResultList();
        assertEquals(1, admins.size());
        assertTrue(admins.get(0).getPasswordHash().startsWith("PBKDF2WithHmacSHA256:210000:"), admins.get(0).getPasswordHash());
        assertEquals(AccountStatus.ACTIVE, admins.get(0).getStatus());
    }

    @Test
    void anEntityRoundTripsAndAStaleCopyCannotOverwrite() throws Exception {
        String email = "round.trip." + System.nanoTime() + "@example.org";
        tx.begin();
        Account created = new Account(email, "Thandi Nkosi", "hash", Role.MEMBER, AccountStatus.UNCONFIRMED, "pt");
        em.persist(created);
        tx.commit();
        Long id = created.getId();
        em.clear();

        Account stale = em.find(Account.class, id);
        assertEquals(email, stale.getEmail());
        assertEquals("pt", stale.getLanguage());
        assertTrue(stale.getCreatedAt() != null && !stale.getUpdatedAt().isBefore(stale.getCreatedAt()));
        long firstVersion = stale.getVersion();
        em.clear();

        tx.begin();
        Account fresh = em.find(Account.class, id);
        fresh.describe("Thandi M. Nkosi", fresh.getJobTitle(), fresh.getPhone());
        tx.commit();
        em.clear();
        assertNotEquals(firstVersion, em.find(Account.class, id).getVersion());
        em.clear();

        tx.begin();
        try {
            stale.describe("Someone else's edit", stale.getJobTitle(), stale.getPhone());
            assertThrows(OptimisticLockException.class, () -> {
                em.merge(stale);
                em.flush();
            });
        } finally {
            tx.rollback();
        }
        em.clear();
        assertEquals("Thandi M. Nkosi", em.find(Account.class, id).getFullName());
    }

    @Test
    void readinessReportsTheMigratedDatabase() {
        HealthCheckResponse response = readiness.call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertTrue(response.getData().orElseThrow().containsKey("schemaVersion"));
    }

    @Test
    void anEmptyDatabaseGotTheInitialContent() {
        assertEquals(5, pioneers.all().size());
        assertEquals(List.of("cape-town", "temeke", "maputo", "walvis-bay", "port-louis"),
                pioneers.all().stream().map(PioneerCity::getSlug).toList());
        for (String language : List.of("en", "fr", "pt")) {
            assertTrue(pioneers.bySlug("maputo").orElseThrow().text(language).map(t -> !t.fallback()).orElse(false), language);
        }
        long pages = em.createQuery("select count(p) from PageContent p where p.slug in :slugs", Long.class)
                .setParameter("slugs", List.of("home", "tool", "pioneers", "supporters", "library", "register", "about", "contacts"))
                .getSingleResult();
        assertEquals(8 * 3, pages);
        long scripts = em.createQuery("select count(p) from PageContent p where lower(p.body) like '%<script%'", Long.class).getSingleResult();
        assertEquals(0, scripts);
        assertTrue(library.search(LibraryQuery.of(null, null, null, null, null, null)).total() >= 10);
    }

    @Test
    void administratorOperationsNeedTheAdministratorRole() {
        assertThrows(EJBAccessException.class, () -> accountAdministration.disable(1L, 0L));
        assertThrows(EJBAccessException.class, () -> auditLog.count(AuditQuery.all()));
    }

    @Test
    void aMemberOfAWorkspaceWhoseTrialEndedSignsInToAReadOnlyBannerAndADisabledAccountCannot() throws Exception {
        String expiredEmail = "expired.trial." + System.nanoTime() + "@example.org";
        String disabledEmail = "disabled.account." + System.nanoTime() + "@example.org";
        tx.begin();
        Account expired = new Account(expiredEmail, "Expired Trial", hasher.hash(ACCOUNT_PASSWORD), Role.MEMBER, AccountStatus.UNCONFIRMED, "en");
        expired.confirm(Instant.now().minus(Duration.ofDays(9)));
        Municipality town = new Municipality("Ended Trial Town " + System.nanoTime(),
                em.createQuery("select c from Country c where c.code = 'ZA'", Country.class).getSingleResult());
        em.persist(town);
        expired.joinMunicipality(town);
        em.persist(expired);
        Workspace ended = new Workspace(town, false, Instant.now().minus(Duration.ofDays(9)), Duration.ofDays(7));
        em.persist(ended);
        em.persist(new WorkspaceMember(ended, expired, MemberRole.LEAD));
        Account disabled = new Account(disabledEmail, "Disabled Account", hasher.hash(ACCOUNT_PASSWORD), Role.MEMBER, AccountStatus.UNCONFIRMED, "en");
        disabled.confirm(Instant.now());
        disabled.disable();
        em.persist(disabled);
        tx.commit();
        assertEquals(Outcome.SIGNED_IN, authentication.authenticate(expiredEmail, ACCOUNT_PASSWORD, "it-a").outcome());
        assertEquals(Outcome.DISABLED, authentication.authenticate(disabledEmail, ACCOUNT_PASSWORD, "it-a").outcome());

        HttpResponse<String> signedIn = signIn(expiredEmail);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        // JSESSIONID and Payara's JSESSIONIDVERSION, as a browser sends them back (sessions are distributable)
        String cookie = String.join("; ", signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .map(c -> c.split(";", 2)[0]).toList());
        String account = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "account"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(account.contains("data-state=\"TRIAL_ENDED\""), account);
        assertTrue(account.contains("The free trial ended on"));
        assertTrue(account.contains("id=\"request-membership\""));

        HttpResponse<String> refused = signIn(disabledEmail);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("This account has been switched off."), refused.body());
    }

    private HttpResponse<String> signIn(String email) throws Exception {
        String form = "login=login&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + ACCOUNT_PASSWORD
                + "&sign-in=x&jakarta.faces.ViewState=stateless";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
