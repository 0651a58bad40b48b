package org.iclei.africa.resilient.web.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.iclei.africa.resilient.support.ToolClient.page;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The back office's pioneer cities and supporters over HTTP, as an administrator's browser posts them: a city added
 * with a photo appears on /pioneers and its page shows the photo, served from /media with its type; an edit shows
 * at once; a stale save, a renamed program, an oversized file and a {@code ../} name are refused with their
 * messages; a city that resources are about is not deleted; a supporter goes round (added with a logo, edited,
 * deleted); members get 403.
 */
@RequiresDatabase
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminPioneersIT {

    static final String PIONEERS = "/admin/pioneers";
    static final String SUPPORTERS = "/admin/supporters";

    static String admin;
    static String slug = "kisumu-" + Long.toString(System.nanoTime(), 36);
    static long cityId;
    static String staleEditPage;
    static final byte[] PHOTO = png(new Color(30, 140, 90));

    @BeforeAll
    static void signIn() {
        admin = ToolClient.signIn("admin@localhost", ToolClient.loggedPassword("admin@localhost"));
    }

    @Test
    @Order(1)
    void anAdministratorAddsAPioneerWithAPhotoThatVisitorsSeeAtOnce() {
        String form = page(admin, PIONEERS + "?edit=new");
        assertTrue(form.contains("id=\"page-heading\"") && form.contains("enctype=\"multipart/form-data\""), form);
        Map<String, String> fields = cityFields(form, "", "Kisumu", "12345", "<p>Wetlands restored.</p><script>alert('x')</script>");
        fields.put(field(form, "caption"), "Dunga wetland at dawn");
        HttpResponse<String> saved = multipart(form, fields, "photo", "dunga.png", "image/png", PHOTO);
        assertEquals(302, saved.statusCode(), saved.body());
        assertTrue(saved.headers().firstValue("Location").orElse("").endsWith(PIONEERS), "back to the table");

        assertTrue(page(null, "/pioneers").contains("href=\"/pioneers/" + slug + "\""), "listed on /pioneers");
        assertTrue(page(null, "/").contains("id=\"home-pioneer-" + slug + "\""), "and on the home page");
        String city = page(null, "/pioneers/" + slug);
        assertTrue(city.contains("Wetlands restored.") && !city.contains("alert('x')"), "the story, without its script");
        Matcher photo = Pattern.compile("<img src=\"(/media/(\\d+)/dunga\\.png)\" alt=\"Dunga wetland at dawn\"").matcher(city);
        assertTrue(photo.find(), city);
        HttpResponse<byte[]> image = Http.getBytes(PortalServer.get().url(photo.group(1)));
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(image.headers().firstValue("Content-Disposition").orElse("").startsWith("inline;"));
        assertTrue(image.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
        assertArrayEquals(PHOTO, image.body());
        assertEquals(404, Http.get(PortalServer.get().url("/media/999999999/x.png")).statusCode());

        Matcher id = Pattern.compile("id=\"open-pioneer-(\\d+)\">Kisumu<").matcher(page(admin, PIONEERS));
        assertTrue(id.find(), "in the table, with a link of its own");
        cityId = Long.parseLong(id.group(1));
    }

    @Test
    @Order(2)
    void anEditShowsAtOnceAndAStaleSaveIsRefused() {
        String form = page(admin, PIONEERS + "?edit=" + cityId);
        staleEditPage = form;
        assertTrue(form.contains("value=\"Kisumu\"") && form.contains("dunga.png"), "the record opens from its own URL");
        HttpResponse<String> saved = multipart(form, cityFields(form, version(form), "Kisumu City", "610082", "<p>Wetlands restored.</p>"),
                "photo", "", "application/octet-stream", new byte[0]);
        assertEquals(302, saved.statusCode(), saved.body());
        String city = page(null, "/pioneers/" + slug);
        assertTrue(city.contains("Kisumu City") && city.contains("610,082"), "the new name and population at once");

        HttpResponse<String> stale = multipart(staleEditPage, cityFields(staleEditPage, version(staleEditPage), "Kisumu Town", "1", "<p>Old</p>"),
                "photo", "", "application/octet-stream", new byte[0]);
        assertEquals(200, stale.statusCode());
        assertTrue(stale.body().contains("was changed by admin@localhost"), stale.body());
        assertFalse(page(null, "/pioneers/" + slug).contains("Kisumu Town"), "nothing overwritten");
    }

    @Test
    @Order(3)
    void uploadsThatAreNotImagesOrTooLargeOrBadlyNamedAreRefused() {
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        assertRefused("photo.png", program, "its content was checked, not its name");
        byte[] huge = Arrays.copyOf(PHOTO, 20 * 1024 * 1024 + 1);
        assertRefused("huge.png", huge, "larger than 20 MB");
        assertRefused("../x.png", PHOTO, "must not contain folders");
        String city = page(null, "/pioneers/" + slug);
        assertEquals(1, city.split("<img src=\"/media/", -1).length - 1, "still the one photo");
    }

    private static void assertRefused(String name, byte[] content, String message) {
        String form = page(admin, PIONEERS + "?edit=" + cityId);
        HttpResponse<String> refused = multipart(form, cityFields(form, version(form), "Kisumu City", "610082", "<p>Wetlands restored.</p>"),
                "photo", name, "image/png", content);
        assertEquals(200, refused.statusCode(), name);
        assertTrue(refused.body().contains(message), name + ": " + refused.body());
    }

    @Test
    @Order(4)
    void aCityThatResourcesAreAboutIsKeptAndAnotherIsDeletedWithItsPhotos() {
        String table = page(admin, PIONEERS);
        Matcher maputo = Pattern.compile("id=\"open-pioneer-(\\d+)\">Maputo<").matcher(table);
        assertTrue(maputo.find(), "the demo city Maputo");
        String refused = ajax(PIONEERS, table, "pioneers-form", deleteButton(table, "open-pioneer-" + maputo.group(1)));
        assertTrue(refused.contains("library resources are about it"), refused);
        assertEquals(200, Http.get(PortalServer.get().url("/pioneers/maputo")).statusCode());

        String photo = page(null, "/pioneers/" + slug).replaceAll("(?s).*<img src=\"(/media/[^\"]+)\".*", "$1");
        String deleted = ajax(PIONEERS, table, "pioneers-form", deleteButton(table, "open-pioneer-" + cityId));
        assertTrue(deleted.contains("Kisumu City was deleted."), deleted);
        assertEquals(404, Http.get(PortalServer.get().url("/pioneers/" + slug)).statusCode());
        assertFalse(page(null, "/pioneers").contains(slug));
        assertEquals(404, Http.get(PortalServer.get().url(photo)).statusCode(), "its photo went with it");
    }

    @Test
    @Order(5)
    void aSupporterGoesRoundWithItsLogo() {
        String name = "Lake Basin Trust " + Long.toString(System.nanoTime(), 36);
        String form = page(admin, SUPPORTERS + "?edit=new");
        Map<String, String> fields = supporterFields(form, "", name, "javascript:alert(1)", "Funds wetland work.");
        HttpResponse<String> refused = multipart(SUPPORTERS, form, fields, "logo", "logo.png", "image/png", PHOTO);
        assertTrue(refused.body().contains("must be a full address that starts with http://"), refused.body());

        fields = supporterFields(form, "", name, "https://example.org/lake", "Funds wetland work.");
        assertEquals(302, multipart(SUPPORTERS, form, fields, "logo", "logo.png", "image/png", PHOTO).statusCode());
        String list = page(null, "/supporters");
        assertTrue(list.contains(name) && list.contains("href=\"https://example.org/lake\""), "on /supporters");
        Matcher logo = Pattern.compile("<img src=\"(/media/\\d+/logo\\.png)\" alt=\"" + Pattern.quote(name) + "\"").matcher(list);
        assertTrue(logo.find(), "with its logo");
        assertEquals("image/png", Http.getBytes(PortalServer.get().url(logo.group(1))).headers().firstValue("Content-Type").orElse(""));

        Matcher id = Pattern.compile("id=\"open-supporter-(\\d+)\">" + Pattern.quote(name) + "<").matcher(page(admin, SUPPORTERS));
        assertTrue(id.find());
        String edit = page(admin, SUPPORTERS + "?edit=" + id.group(1));
        fields = supporterFields(edit, version(edit), name, "https://example.org/lake", "Funds wetland restoration around the lake.");
        assertEquals(302, multipart(SUPPORTERS, edit, fields, "logo", "", "application/octet-stream", new byte[0]).statusCode());
        assertTrue(page(null, "/supporters").contains("Funds wetland restoration around the lake."), "edited at once");

        String table = page(admin, SUPPORTERS);
        String deleted = ajax(SUPPORTERS, table, "supporters-form", deleteButton(table, "open-supporter-" + id.group(1)));
        assertTrue(deleted.contains(name + " was deleted."), deleted);
        assertFalse(page(null, "/supporters").contains(name));
        assertEquals(404, Http.get(PortalServer.get().url(logo.group(1))).statusCode(), "its logo went with it");
    }

    @Test
    @Order(6)
    void membersAreKeptOut() {
        String member = ToolClient.member("Kisumu");
        for (String path : new String[] {PIONEERS, PIONEERS + "?edit=new", SUPPORTERS, SUPPORTERS + "?edit=new"}) {
            assertEquals(403, ToolClient.get(member, path).statusCode(), path);
        }
        HttpResponse<String> post = Http.postMultipart(PortalServer.get().url(PIONEERS), Map.of("pioneer-form", "pioneer-form"),
                "pioneer-form:photo", "a.png", "image/png", PHOTO, "Cookie", member);
        assertEquals(403, post.statusCode());
        assertFalse(ToolClient.get(null, PIONEERS).statusCode() == 200, "and anonymous visitors too");
    }

    // --- helpers: the fields a browser posts from the dialogs ---

    private static Map<String, String> cityFields(String page, String version, String name, String population, String story) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("pioneer-form", "pioneer-form");
        fields.put("pioneer-form:version", version);
        fields.put(field(page, "name"), name);
        fields.put(field(page, "slug"), slug);
        fields.put(field(page, "country"), "KE");
        fields.put(field(page, "population"), population);
        fields.put(field(page, "year"), "2010");
        fields.put(field(page, "latitude"), "-0.0917");
        fields.put(field(page, "longitude"), "34.768");
        fields.put(field(page, "order"), "90");
        fields.put(field(page, "summary-en"), "A lake city that restored its wetlands.");
        fields.put(field(page, "risks-en"), "<ul><li>Floods</li></ul>");
        fields.put(field(page, "story-en"), story);
        fields.put(field(page, "lessons-en"), "<p>Start with the wards.</p>");
        fields.put(field(page, "alt-en"), "Wetland");
        fields.put(field(page, "summary-fr"), "");
        fields.put(field(page, "summary-pt"), "");
        fields.put("pioneer-form:save", "x");
        return fields;
    }

    private static Map<String, String> supporterFields(String page, String version, String name, String website, String description) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("supporter-form", "supporter-form");
        fields.put("supporter-form:version", version);
        fields.put(field(page, "name"), name);
        fields.put(field(page, "kind"), "FUNDER");
        fields.put(field(page, "website"), website);
        fields.put(field(page, "order"), "50");
        fields.put(field(page, "description-en"), description);
        fields.put("supporter-form:save", "x");
        return fields;
    }

    /** The posted name of the dialog's input whose id ends with ":" + id. */
    private static String field(String page, String id) {
        Matcher m = Pattern.compile("name=\"((?:pioneer|supporter)-form(?::[\\w-]+)*:" + Pattern.quote(id) + ")\"").matcher(page);
        assertTrue(m.find(), "a field " + id);
        return m.group(1);
    }

    private static String version(String page) {
        Matcher m = Pattern.compile("name=\"(?:pioneer|supporter)-form:version\" value=\"(\\d*)\"").matcher(page);
        assertTrue(m.find(), "the version in the form");
        return m.group(1);
    }

    private static HttpResponse<String> multipart(String page, Map<String, String> fields, String file, String name, String type, byte[] bytes) {
        return multipart(PIONEERS, page, fields, file, name, type, bytes);
    }

    private static HttpResponse<String> multipart(String path, String page, Map<String, String> fields, String file, String name, String type,
            byte[] bytes) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", ToolClient.viewState(page));
        String prefix = path.equals(PIONEERS) ? "pioneer-form:" : "supporter-form:";
        return Http.postMultipart(PortalServer.get().url(path), form, prefix + file, name, type, bytes, "Cookie", admin);
    }

    /** The client id of the delete button in the table row that holds the element {@code rowMarker}. */
    private static String deleteButton(String table, String rowMarker) {
        int at = table.indexOf("id=\"" + rowMarker + "\"");
        assertTrue(at > 0, rowMarker);
        Matcher m = Pattern.compile("id=\"([\\w-]+:[\\w-]+:\\d+:delete)\"").matcher(table);
        assertTrue(m.find(at), "a delete button in the row of " + rowMarker);
        return m.group(1);
    }

    /** A PrimeFaces ajax post of one button (process @this), as after the administrator confirmed. */
    private static String ajax(String path, String page, String form, String button) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", button);
        fields.put("jakarta.faces.partial.execute", button);
        fields.put("jakarta.faces.partial.render", form);
        fields.put(button, button);
        fields.put(form, form);
        HttpResponse<String> response = ToolClient.postFrom(admin, path, page, fields);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static byte[] png(Color color) {
        BufferedImage image = new BufferedImage(32, 18, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 18; y++) {
                image.setRGB(x, y, color.getRGB() ^ (x * y));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
