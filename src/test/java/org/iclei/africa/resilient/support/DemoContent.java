package org.iclei.africa.resilient.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The content the portal under test was filled with, to compare pages against: the real content
 * (src/main/resources/content/real-content.json) and the demonstration resources (demo/content.json), the latter first
 * among the resources, as before they were split.
 */
public final class DemoContent {

    private static JsonObject content;

    private DemoContent() {
    }

    public static synchronized JsonObject get() {
        if (content == null) {
            JsonObject real = read("/content/real-content.json");
            JsonArrayBuilder resources = Json.createArrayBuilder();
            read("/demo/content.json").getJsonArray("resources").forEach(resources::add);
            real.getJsonArray("resources").forEach(resources::add);
            content = Json.createObjectBuilder(real).add("resources", resources).build();
        }
        return content;
    }

    /** The real content alone (what a portal started with PORTAL_DEMO=false has). */
    public static JsonObject real() {
        return read("/content/real-content.json");
    }

    private static JsonObject read(String resource) {
        try (InputStream in = DemoContent.class.getResourceAsStream(resource); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JsonObject> list(String name) {
        return get().getJsonArray(name).getValuesAs(JsonObject.class);
    }

    /** How HTML-escaped text looks in a page (what Faces writes for #{...}). */
    public static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
