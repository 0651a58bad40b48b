package org.iclei.africa.resilient.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.MailServer;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;

/**
 * Every African country on the shared portal (issue 11): the register page offers the 54 African UN member states,
 * named and sorted in the visitor's language, and a municipal official of Burkina Faso registers in French, confirms
 * and signs in.
 */
@RequiresDatabase
class RegisterCountriesIT {

    static final List<String> AFRICA = List.of(
            "DZ", "AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD", "KM", "CG", "CD", "CI", "DJ", "EG", "GQ", "ER",
            "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR", "LY", "MG", "MW", "ML", "MR", "MU", "MA", "MZ",
            "NA", "NE", "NG", "RW", "ST", "SN", "SC", "SL", "SO", "ZA", "SS", "SD", "TZ", "TG", "TN", "UG", "ZM", "ZW");

    private final PortalServer portal = PortalServer.get();

    record Option(String code, String name) {
    }

    /** The options of the register form's country list, without the "choose" one. */
    private static List<Option> countryOptions(String page) {
        Matcher select = Pattern.compile("<select[^>]*id=\"country\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(page);
        assertTrue(select.find(), "the country list");
        Matcher option = Pattern.compile("<option[^>]*value=\"([A-Z]{2})\"[^>]*>([^<]*)</option>").matcher(select.group(1));
        List<Option> options = new ArrayList<>();
        while (option.find()) {
            options.add(new Option(option.group(1), unescape(option.group(2).strip())));
        }
        return options;
    }

    private static String unescape(String html) {
        Matcher entity = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            int code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
            entity.appendReplacement(text, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        entity.appendTail(text);
        return text.toString().replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&rsquo;", "’");
    }

    private String registerPage(String language) {
        HttpResponse<String> page = Http.get(portal.url("/register"), "Cookie", "lang=" + language);
        assertEquals(200, page.statusCode());
        return page.body();
    }

    @Test
    void theRegisterPageInFrenchListsEveryAfricanCountrySortedByItsFrenchName() {
        List<Option> options = countryOptions(registerPage("fr"));
        assertTrue(options.size() >= 54, "54 or more countries: " + options);
        List<String> codes = options.stream().map(Option::code).toList();
        for (String code : AFRICA) {
            assertTrue(codes.contains(code), code + " is offered");
        }
        Map<String, String> names = new LinkedHashMap<>();
        options.forEach(o -> names.put(o.code(), o.name()));
        assertEquals("Burkina Faso", names.get("BF"));
        assertEquals("Côte d’Ivoire", names.get("CI"));
        assertEquals("Égypte", names.get("EG"));
        assertEquals("Afrique du Sud", names.get("ZA"));

        Collator french = Collator.getInstance(Locale.FRENCH);
        french.setStrength(Collator.SECONDARY);
        List<String> shown = options.stream().map(Option::name).toList();
        List<String> sorted = new ArrayList<>(shown);
        sorted.sort(french);
        assertEquals(sorted, shown, "sorted by the French name");
        assertTrue(shown.indexOf("Djibouti") < shown.indexOf("Égypte") && shown.indexOf("Égypte") < shown.indexOf("Éthiopie")
                && shown.indexOf("Éthiopie") < shown.indexOf("Gabon"), "É sorts with the E's: " + shown);
    }

    @Test
    void theRegisterPageNamesTheCountriesInEnglishAndPortugueseToo() {
        List<Option> english = countryOptions(registerPage("en"));
        assertTrue(english.contains(new Option("EG", "Egypt")), english.toString());
        assertTrue(english.indexOf(new Option("DZ", "Algeria")) < english.indexOf(new Option("AO", "Angola")));
        List<Option> portuguese = countryOptions(registerPage("pt"));
        assertTrue(portuguese.contains(new Option("MZ", "Moçambique")), portuguese.toString());
        assertEquals("ZA", portuguese.get(0).code(), "África do Sul first: " + portuguese);
    }

    @Test
    void aMunicipalOfficialOfBurkinaFasoRegistersInFrenchConfirmsAndSignsIn() {
        String email = "burkina." + System.nanoTime() + "@example.org";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("register", "register");
        form.put("fullName", "Aminata Ouédraogo");
        form.put("email", email);
        form.put("jobTitle", "Chargée du climat");
        form.put("municipality", "Koudougou " + System.nanoTime());
        form.put("country", "BF");
        form.put("phone", "+226 25 44 00 00");
        form.put("password", AccountsIT.PASSWORD);
        form.put("passwordConfirm", AccountsIT.PASSWORD);
        form.put("language", "fr");
        form.put("consent", "on");
        form.put("create", "x");
        form.put("jakarta.faces.ViewState", "stateless");
        HttpResponse<String> sent = Http.postForm(portal.url("/register"), form, "Cookie", "lang=fr", "X-Forwarded-For", "203.0.113.91");
        assertTrue(sent.body().contains("id=\"register-sent\""), sent.body());

        MailServer.Mail mail = MailServer.await(email, "Confirmez votre adresse e-mail", Duration.ofSeconds(30));
        String confirmed = Http.get(mail.link("/account/confirm"), "Cookie", "lang=fr").body();
        assertTrue(confirmed.contains("data-result=\"CONFIRMED\""), confirmed);

        String session = ToolClient.signIn(email, AccountsIT.PASSWORD);
        String account = Http.get(portal.url("/account"), "Cookie", session + "; lang=fr").body();
        assertTrue(account.contains("data-state=\"TRIAL\""), account);
    }
}
