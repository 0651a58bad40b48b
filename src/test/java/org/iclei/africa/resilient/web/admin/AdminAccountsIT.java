package org.iclei.africa.resilient.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.AdminClient;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.MailServer;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The back office's accounts over HTTP on the shared portal, as an administrator would use them: the list finds a
 * new registration by its address with the right count; an unconfirmed account confirmed by hand can sign in;
 * a disabled one cannot and its open session ends; enabled again; a reset link arrives by mail; an account made
 * administrator opens /admin, and loses it with the role; the last administrator keeps the role; members get 403.
 */
@RequiresDatabase
class AdminAccountsIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final Pattern COUNT = Pattern.compile("id=\"[^\"]*accounts-count\"[^>]*>([\\d,]+) found<");

    private static String admin;

    @BeforeAll
    static void signInAdministrator() {
        PortalServer.get();
        admin = AdminClient.signIn();
    }

    @Test
    void theListFindsANewAccountByItsAddressAndCountsTheMatches() {
        String email = registerUnconfirmed("Listed Person");
        String page = ToolClient.page(admin, "/admin/accounts?q=" + encode(email));
        assertEquals(1, count(page), page);
        assertTrue(page.contains(email));
        assertTrue(page.contains("Listed Person"));
        assertTrue(page.contains("Accounts Town"), "the municipality is shown");
        assertEquals(1, count(ToolClient.page(admin, "/admin/accounts?state=UNCONFIRMED&country=MZ&municipality=accounts+town&q=" + encode(email))));
        assertEquals(0, count(ToolClient.page(admin, "/admin/accounts?state=ACTIVE&q=" + encode(email))));
        assertEquals(0, count(ToolClient.page(admin, "/admin/accounts?from=2000-01-01&to=2000-12-31&q=" + encode(email))));
        assertTrue(count(ToolClient.page(admin, "/admin/accounts?state=ADMINISTRATORS")) >= 1);
        assertTrue(count(ToolClient.page(admin, "/admin/accounts")) >= 2, "the whole list is counted");
    }

    @Test
    void anUnconfirmedAccountConfirmedByHandCanSignIn() {
        String email = registerUnconfirmed("Confirmed By Hand");
        assertFalse(canSignIn(email), "unconfirmed: refused");
        String path = accountPage(email);
        String page = ToolClient.page(admin, path);
        assertTrue(page.contains("id=\"detail-status\">Unconfirmed<"), page);
        assertEquals(302, act(path, page, "confirm").statusCode());
        assertTrue(ToolClient.page(admin, path).contains("id=\"detail-status\">Active<"));
        assertTrue(canSignIn(email));
        assertTrue(ToolClient.page(admin, path).contains("Address confirmed by hand"), "the change is in the account's history");
    }

    @Test
    void aDisabledAccountCannotSignInAndItsOpenSessionEndsUntilItIsEnabled() {
        String email = ToolClient.register(ToolClient.newEmail(), "Disabled Person", "Accounts Town", null);
        String session = ToolClient.signIn(email, ToolClient.PASSWORD);
        assertEquals(200, ToolClient.get(session, "/account").statusCode());
        String path = accountPage(email);
        String before = ToolClient.page(admin, path);
        assertEquals(302, act(path, before, "disable").statusCode());
        assertTrue(ToolClient.page(admin, path).contains("id=\"detail-status\">Disabled<"));
        HttpResponse<String> ended = ToolClient.get(session, "/account");
        assertEquals(302, ended.statusCode(), "the open session has ended");
        assertTrue(ended.headers().firstValue("Location").orElse("").contains("/login"));
        assertFalse(canSignIn(email));

        HttpResponse<String> stale = act(path, before, "disable");
        assertEquals(200, stale.statusCode(), "a page older than the change is refused");
        assertTrue(stale.body().contains("was changed by admin@localhost"), stale.body());

        assertEquals(302, act(path, ToolClient.page(admin, path), "enable").statusCode());
        assertTrue(ToolClient.page(admin, path).contains("id=\"detail-status\">Active<"));
        assertTrue(canSignIn(email));
    }

    @Test
    void aResetLinkIsMailedToTheAccount() {
        String email = ToolClient.register(ToolClient.newEmail(), "Forgetful Person", "Accounts Town", null);
        String path = accountPage(email);
        assertEquals(302, act(path, ToolClient.page(admin, path), "reset").statusCode());
        String link = MailServer.await(email, "Reset", MAIL_WAIT).link("/account/reset");
        assertEquals(200, Http.get(link).statusCode());
    }

    @Test
    void anAccountMadeAdministratorOpensTheBackOfficeUntilTheRoleIsRemovedAndTheLastAdministratorKeepsIt() {
        String email = ToolClient.register(ToolClient.newEmail(), "Future Administrator", "Accounts Town", null);
        assertEquals(403, open(ToolClient.signIn(email, ToolClient.PASSWORD), "/admin").statusCode());
        String path = accountPage(email);
        assertEquals(302, act(path, ToolClient.page(admin, path), "make-admin").statusCode());
        assertTrue(ToolClient.page(admin, path).contains("id=\"detail-role\">Administrator<"));
        String asAdministrator = ToolClient.signIn(email, ToolClient.PASSWORD);
        assertEquals(200, open(asAdministrator, "/admin").statusCode());
        assertEquals(200, ToolClient.get(asAdministrator, "/admin/accounts").statusCode());

        assertEquals(302, act(path, ToolClient.page(admin, path), "remove-admin").statusCode());
        assertTrue(ToolClient.page(admin, path).contains("id=\"detail-role\">Member<"));
        HttpResponse<String> ended = ToolClient.get(asAdministrator, "/admin/accounts");
        assertEquals(302, ended.statusCode(), "the administrator's session ended with the role");
        assertTrue(ended.headers().firstValue("Location").orElse("").contains("/login"));
        assertEquals(403, open(ToolClient.signIn(email, ToolClient.PASSWORD), "/admin").statusCode());

        String own = accountPage("admin@localhost");
        HttpResponse<String> refused = act(own, ToolClient.page(admin, own), "remove-admin");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("The portal must keep at least one active administrator"), refused.body());
        assertTrue(ToolClient.page(admin, own).contains("id=\"detail-role\">Administrator<"));
        HttpResponse<String> self = act(own, ToolClient.page(admin, own), "disable");
        assertTrue(self.body().contains("You cannot disable your own account"), self.body());
    }

    @Test
    void membersAreRefused() {
        String member = ToolClient.member("Accounts Town");
        assertEquals(403, ToolClient.get(member, "/admin/accounts").statusCode());
        assertEquals(403, ToolClient.get(member, "/admin/accounts/account?id=1").statusCode());
        assertEquals(302, ToolClient.get(null, "/admin/accounts").statusCode(), "anonymous: sent to sign in");
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertEquals(404, ToolClient.get(admin, "/admin/accounts/account?id=999999999").statusCode());
    }

    /** GET as the session, following the portal's redirect of a folder to its index ({@code /admin} → {@code /admin/}). */
    private static HttpResponse<String> open(String session, String path) {
        HttpResponse<String> response = ToolClient.get(session, path);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() == 301 && location.endsWith(path + "/")) {
            return ToolClient.get(session, path + "/");
        }
        return response;
    }

    /** Registers an account and leaves its address unconfirmed (the mailed link is not opened). */
    private static String registerUnconfirmed(String name) {
        String email = ToolClient.newEmail();
        assertTrue(ToolClient.postRegistration(PortalServer.get(), email, name, "Accounts Town", null, "en", "198.18.0.41").body()
                .contains("register-sent"));
        return email;
    }

    private static boolean canSignIn(String email) {
        return Http.postForm(PortalServer.get().url("/login"), ToolClient.signInForm(email, ToolClient.PASSWORD),
                "X-Forwarded-For", "198.18.0.42").statusCode() == 302;
    }

    private static String accountPage(String email) {
        return AdminClient.accountPage(admin, email);
    }

    private static HttpResponse<String> act(String path, String page, String button) {
        return AdminClient.accountAction(admin, path, page, button);
    }

    private static int count(String page) {
        Matcher m = COUNT.matcher(page);
        assertTrue(m.find(), "the page shows how many accounts match");
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
