package org.iclei.africa.resilient.shared;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the JSON files that ship inside the application (initial content, step guides). */
public final class JsonResources {

    private JsonResources() {
    }

    /** The JSON object of a class-path resource such as {@code /demo/content.json}; a missing file is a broken build. */
    public static JsonObject read(String path) {
        try (InputStream in = JsonResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
