package org.iclei.africa.resilient.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The demo content the portal under test was filled with (src/main/resources/demo/content.json), to compare pages against. */
public final class DemoContent {

    private static JsonObject content;

    private DemoContent() {
    }

    public static synchronized JsonObject get() {
        if (content == null) {
            try (InputStream in = DemoContent.class.getResourceAsStream("/demo/content.json"); JsonReader reader = Json.createReader(in)) {
                content = reader.readObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return content;
    }

    public static List<JsonObject> list(String name) {
        return get().getJsonArray(name).getValuesAs(JsonObject.class);
    }

    /** How HTML-escaped text looks in a page (what Faces writes for #{...}). */
    public static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
