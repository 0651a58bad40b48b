package org.iclei.africa.resilient.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The back office as an administrator uses it over HTTP, for tests that need an account disabled or a workspace's
 * access changed: find a record's page from its list, press an action button of the page as it was shown.
 */
public final class AdminClient {

    private static final Pattern ACCOUNT_LINK = Pattern.compile("href=\"/admin/accounts/account\\?id=(\\d+)\"");
    private static final Pattern ACCOUNT_VERSION = Pattern.compile("name=\"account-actions:version\"[^>]*value=\"(\\d+)\"");
    private static final Pattern WORKSPACE_VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private AdminClient() {
    }

    /** A session of the administrator the portal created at its first start (its password is in the log). */
    public static String signIn() {
        return ToolClient.signIn("admin@localhost", ToolClient.loggedPassword("admin@localhost"));
    }

    /** The path of an account's page, found through the list filtered by its address. */
    public static String accountPage(String admin, String email) {
        Matcher m = ACCOUNT_LINK.matcher(ToolClient.page(admin, "/admin/accounts?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8)));
        assertTrue(m.find(), "the list links to " + email);
        return "/admin/accounts/account?id=" + m.group(1);
    }

    /** Presses an action button of the account page as it was shown ({@code page}: its view state and version). */
    public static HttpResponse<String> accountAction(String admin, String path, String page, String button) {
        Matcher version = ACCOUNT_VERSION.matcher(page);
        assertTrue(version.find(), "the page carries the account's version");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("account-actions", "account-actions");
        fields.put("account-actions:version", version.group(1));
        fields.put("account-actions:" + button, "x");
        return ToolClient.postFrom(admin, path, page, fields);
    }

    /** The path of the page of {@code municipality}'s workspace, found in the table of workspaces. */
    public static String workspacePage(String admin, String municipality) {
        Matcher link = Pattern.compile("href=\"(/admin/workspaces/workspace\\?id=\\d+)\"[^>]*>" + Pattern.quote(municipality) + "<")
                .matcher(ToolClient.page(admin, "/admin/workspaces"));
        assertTrue(link.find(), "the workspace of " + municipality + " is in the table");
        return link.group(1);
    }

    /** Posts the access form of a workspace's page as the administrator fills it in ({@code button}: e.g. end-trial). */
    public static HttpResponse<String> workspaceAccess(String admin, String path, String button, String until, String days) {
        String page = ToolClient.page(admin, path);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("access-form", "access-form");
        form.put("version", workspaceVersion(page));
        form.put("until", until);
        form.put("days", days);
        form.put(button, "");
        return ToolClient.postFrom(admin, path, page, form);
    }

    /** The version of the workspace its page's forms carry. */
    public static String workspaceVersion(String page) {
        Matcher m = WORKSPACE_VERSION.matcher(page);
        assertTrue(m.find(), "the form carries the version");
        return m.group(1);
    }
}
