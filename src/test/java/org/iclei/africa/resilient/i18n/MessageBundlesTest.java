package org.iclei.africa.resilient.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iclei.africa.resilient.content.domain.ResourceType;
import org.iclei.africa.resilient.content.domain.SupporterKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three bundles carry the same keys, none empty, and every key a view uses exists. */
class MessageBundlesTest {

    private static final Pattern KEY_IN_VIEW = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    static Properties bundle(String suffix) throws IOException {
        return load("/i18n/messages" + suffix + ".properties");
    }

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_pt"})
    void translationsHaveExactlyTheEnglishKeys(String suffix) throws IOException {
        Set<String> english = new TreeSet<>(bundle("").stringPropertyNames());
        Set<String> translated = new TreeSet<>(bundle(suffix).stringPropertyNames());
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);
        assertEquals(Set.of(), missing, "keys missing in messages" + suffix);
        assertEquals(Set.of(), extra, "keys only in messages" + suffix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_pt"})
    void validationMessagesAreTranslatedToo(String suffix) throws IOException {
        assertEquals(new TreeSet<>(load("/ValidationMessages.properties").stringPropertyNames()),
                new TreeSet<>(load("/ValidationMessages" + suffix + ".properties").stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_pt"})
    void noTextIsEmpty(String suffix) throws IOException {
        Properties properties = bundle(suffix);
        for (String key : properties.stringPropertyNames()) {
            assertTrue(!properties.getProperty(key).isBlank(), key + " is empty in messages" + suffix);
        }
    }

    @Test
    void everyEnumValueAndStepHasAName() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Class<? extends Enum<?>> type : List.of(ResourceType.class, SupporterKind.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = type.getSimpleName() + "." + value.name();
                if (!keys.contains(key)) {
                    missing.add(key);
                }
            }
        }
        for (int step = 1; step <= 8; step++) {
            for (String part : List.of(".name", ".summary")) {
                if (!keys.contains("step." + step + part)) {
                    missing.add("step." + step + part);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyKeyAViewUsesExists() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = KEY_IN_VIEW.matcher(Files.readString(view));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        unknown.add(view + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), unknown);
    }
}
