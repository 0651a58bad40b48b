package org.iclei.africa.resilient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.iclei.africa.resilient.accounts.application.AccountService;
import org.iclei.africa.resilient.accounts.application.AuthenticationService;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.infrastructure.PasswordHasher;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.config.DataSourceConfig;
import org.iclei.africa.resilient.config.DatabaseReadinessCheck;
import org.iclei.africa.resilient.content.application.ContactForm;
import org.iclei.africa.resilient.content.application.ContactService;
import org.iclei.africa.resilient.content.domain.LibraryQuery;
import org.iclei.africa.resilient.content.application.LibraryService;
import org.iclei.africa.resilient.content.application.PageService;
import org.iclei.africa.resilient.content.application.PioneerService;
import org.iclei.africa.resilient.content.domain.ContactMessage;
import org.iclei.africa.resilient.content.domain.ContactRateLimit;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.Localized;
import org.iclei.africa.resilient.content.domain.PageContent;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.mail.MailStatus;
import org.iclei.africa.resilient.shared.mail.OutgoingMail;
import org.iclei.africa.resilient.support.PortalDeployment;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR deployed by Arquillian on a Payara Micro of its own: the start-up work happened
 * (Flyway, first administrator), entities round-trip through EclipseLink with optimistic locking,
 * and the public pages answer as a visitor expects.
 */
@ExtendWith(ArquillianExtension.class)
@RequiresDatabase
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalDeploymentIT {

    /** The eight navigation pages, relative to the context root, and the id of their menu entry. */
    static final Map<String, String> PAGES = Map.of(
            "", "home", "tool", "tool", "pioneers", "pioneers", "supporters", "supporters",
            "library", "library", "register", "register", "about", "about", "contacts", "contacts");

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

    @Inject
    ContactService contacts;

    @Inject
    LibraryService library;

    @Inject
    PioneerService pioneers;

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

    @Inject
    PageService pageService;

    @Inject
    AuthenticationService authentication;

    @Inject
    AccountService accountService;

    @Inject
    PasswordHasher hasher;

    static final String EXPIRED = "expired.trial@example.org";
    static final String DISABLED = "disabled.account@example.org";
    static final String ACCOUNT_PASSWORD = "kapok-seeds-on-wind";

    @Test
    @Order(1)
    void anExpiredAndADisabledAccountExist() throws Exception {
        tx.begin();
        Account expired = new Account(EXPIRED, "Expired Trial", hasher.hash(ACCOUNT_PASSWORD), Role.MEMBER, AccountStatus.UNCONFIRMED, "en");
        expired.confirm(java.time.Instant.now().minus(java.time.Duration.ofDays(9)), java.time.Duration.ofDays(7));
        em.persist(expired);
        Account disabled = new Account(DISABLED, "Disabled Account", hasher.hash(ACCOUNT_PASSWORD), Role.MEMBER, AccountStatus.UNCONFIRMED, "en");
        disabled.confirm(java.time.Instant.now(), java.time.Duration.ofDays(7));
        disabled.disable();
        em.persist(disabled);
        tx.commit();
        assertEquals(AuthenticationService.Outcome.SIGNED_IN, authentication.authenticate(EXPIRED, ACCOUNT_PASSWORD, "it-a").outcome());
        assertEquals(AuthenticationService.Outcome.DISABLED, authentication.authenticate(DISABLED, ACCOUNT_PASSWORD, "it-a").outcome());
    }

    @Test
    @Order(2)
    @RunAsClient
    void anExpiredTrialSignsInToAReadOnlyBannerAndADisabledAccountCannot() throws Exception {
        HttpResponse<String> signedIn = signIn(EXPIRED);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        String account = get("account", Map.of("Cookie", cookie.substring(0, cookie.indexOf(';')))).body();
        assertTrue(account.contains("data-state=\"TRIAL_EXPIRED\""), account);
        assertTrue(account.contains("Your free trial ended on"));
        assertTrue(account.contains("id=\"request-membership\""));

        HttpResponse<String> refused = signIn(DISABLED);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("This account has been switched off."), refused.body());
    }

    @Test
    void administratorOperationsNeedTheAdministratorRole() {
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> accountService.grantMembership(1L));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> accountService.disable(1L));
    }

    private HttpResponse<String> signIn(String email) throws Exception {
        String form = "login=login&email=" + java.net.URLEncoder.encode(email, "UTF-8") + "&password=" + ACCOUNT_PASSWORD
                + "&sign-in=x&jakarta.faces.ViewState=stateless";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPageMissingInTheVisitorsLanguageFallsBackToEnglishAndSaysSo() throws Exception {
        String slug = "fallback-" + (System.nanoTime() % 100000);
        tx.begin();
        em.persist(new PageContent(slug, "en", "Only in English", "Summary", "<p>Body</p>"));
        em.persist(new PageContent(slug, "fr", "Aussi en français", "Résumé", "<p>Corps</p>"));
        tx.commit();
        Localized<PageContent> portuguese = pageService.page(slug, "pt").orElseThrow();
        assertTrue(portuguese.fallback());
        assertEquals("en", portuguese.language());
        assertEquals("Only in English", portuguese.value().getTitle());
        Localized<PageContent> french = pageService.page(slug, "fr").orElseThrow();
        assertFalse(french.fallback());
        assertEquals("Aussi en français", french.value().getTitle());
        assertTrue(pageService.page("no-such-page", "en").isEmpty());
    }

    @Test
    void aContactMessageIsStoredWithAMailForEveryAdministrator() {
        ContactForm form = new ContactForm();
        form.setName("Luisa Tembe");
        form.setEmail("luisa@cmmaputo.gov.mz");
        form.setSubject("Pedido de adesão " + System.nanoTime());
        form.setMessage("Gostaríamos de aderir com a nossa equipa.");
        String client = "it-" + java.util.UUID.randomUUID();
        contacts.receive(form, client, "pt");

        ContactMessage stored = em.createQuery("select m from ContactMessage m where m.subject = :s", ContactMessage.class)
                .setParameter("s", form.getSubject()).getSingleResult();
        assertEquals("luisa@cmmaputo.gov.mz", stored.getEmail());
        assertEquals("pt", stored.getLanguage());
        assertFalse(stored.isHandled());
        List<OutgoingMail> mails = em.createQuery("select m from OutgoingMail m where m.subject = :s", OutgoingMail.class)
                .setParameter("s", "[Resilient Africa] " + form.getSubject()).getResultList();
        assertEquals(1, mails.size(), "one administrator, one mail");
        assertEquals(MailStatus.PENDING, mails.get(0).getStatus());
        assertTrue(mails.get(0).getBody().contains("Gostaríamos de aderir"));

        for (int i = 1; i < ContactRateLimit.MAX_MESSAGES; i++) {
            contacts.receive(form, client, "pt");
        }
        BusinessException refused = assertThrows(BusinessException.class, () -> contacts.receive(form, client, "pt"));
        assertEquals(ContactService.TOO_MANY, refused.getMessageKey());
    }

    @Test
    void anInvalidContactMessageIsRefusedByTheServiceToo() {
        ContactForm form = new ContactForm();
        form.setName("x");
        assertThrows(jakarta.ejb.EJBException.class, () -> contacts.receive(form, "it-" + java.util.UUID.randomUUID(), "en"));
    }

    @Test
    void aDownloadIsCounted() {
        LibraryResource file = library.search(LibraryQuery.of(null, null, null, null, null, null)).items().stream()
                .filter(LibraryResource::isDownload).findFirst().orElseThrow();
        long before = em.find(LibraryResource.class, file.getId()).getDownloadCount();
        LibraryService.Download download = library.download(file.getId()).orElseThrow();
        assertEquals(file.getFileName(), download.fileName());
        assertEquals(file.getFileSize().longValue(), download.content().length);
        em.clear();
        assertEquals(before + 1, em.find(LibraryResource.class, file.getId()).getDownloadCount());
        assertTrue(library.download(-1).isEmpty());
    }

    @Test
    @RunAsClient
    void everyNavigationPageAnswersWithTheNavigationAndItsLanguage() throws Exception {
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            for (String language : List.of("en", "fr", "pt")) {
                HttpResponse<String> response = get(page.getKey(), Map.of("Accept-Language", language));
                String body = response.body();
                assertEquals(200, response.statusCode(), page.getKey());
                assertTrue(body.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + language + "\""), page + " " + language);
                assertEquals(8, count(body, "<li><a id=\"nav-"), "navigation entries on " + page.getKey());
                assertTrue(body.matches(
                        "(?s).*id=\"nav-" + page.getValue() + "\" href=\"[^\"]*\" aria-current=\"page\".*"), "current page marked on " + page.getKey());
                assertEquals(1, count(body, "aria-current=\"page\""));
                assertEquals(1, count(body, "<h1"), "one h1 on " + page.getKey());
                assertTrue(body.contains("<main id=\"main\""));
            }
        }
    }

    @Test
    @RunAsClient
    void publicPagesSetNoSessionCookie() throws Exception {
        for (String path : PAGES.keySet()) {
            HttpResponse<String> response = get(path, Map.of());
            assertEquals(200, response.statusCode());
            assertEquals(List.of(), response.headers().allValues("Set-Cookie"), "cookies set by " + path);
        }
    }

    @Test
    @RunAsClient
    void anUnknownAddressGetsTheStyledNotFoundPage() throws Exception {
        HttpResponse<String> response = get("no-such-page", Map.of("Accept-Language", "fr"));
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page introuvable"), response.body());
        assertTrue(response.body().contains("id=\"site-nav\""));
        assertTrue(response.body().contains("portal.css"));
        assertFalse(response.body().contains("Exception"));
        assertEquals(List.of(), response.headers().allValues("Set-Cookie"));
    }

    @Test
    @RunAsClient
    void theLanguageSwitchKeepsTheChoiceInACookie() throws Exception {
        String about = base.getPath() + "about";
        HttpResponse<String> switched = get("language?to=pt&next=" + java.net.URLEncoder.encode(about, "UTF-8"), Map.of());
        assertEquals(303, switched.statusCode());
        assertEquals(about, switched.headers().firstValue("Location").orElseThrow());
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("lang=pt;") && cookie.contains("HttpOnly"), cookie);

        HttpResponse<String> page = get("about", Map.of("Cookie", "lang=pt", "Accept-Language", "fr"));
        assertTrue(page.body().contains("lang=\"pt\""));
        assertTrue(page.body().contains("Sobre nós"));

        HttpResponse<String> offsite = get("language?to=fr&next=" + java.net.URLEncoder.encode("//evil.example/", "UTF-8"), Map.of());
        assertEquals(base.getPath(), offsite.headers().firstValue("Location").orElseThrow());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString() + path));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int count(String text, String fragment) {
        Matcher m = Pattern.compile(Pattern.quote(fragment)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
