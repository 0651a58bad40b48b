package org.iclei.africa.resilient.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.admin.application.PioneerForm;
import org.iclei.africa.resilient.admin.application.PioneerTextForm;
import org.iclei.africa.resilient.admin.application.SupporterForm;
import org.iclei.africa.resilient.web.support.Limits;
import org.junit.jupiter.api.Test;

/** The maximum lengths the pioneer and supporter dialogs ask for are declared on their forms (and match the columns). */
class RecordViewLengthsTest {

    private final Limits limits = limits();

    @Test
    void everyLengthTheRecordDialogsAskForIsDeclaredOnTheirForms() throws IOException {
        assertAsked("src/main/webapp/admin/pioneers.xhtml", Map.of("form", limits.of(new PioneerForm()),
                "form.texts[lang]", limits.of(new PioneerTextForm())), 7);
        assertAsked("src/main/webapp/admin/supporters.xhtml", Map.of("form", limits.of(new SupporterForm())), 2);
    }

    @Test
    void theFormsLengthsAreThoseOfTheColumns() {
        assertEquals(120, limits.of(new PioneerForm()).get("name"));
        assertEquals(60, limits.of(new PioneerForm()).get("slug"));
        assertEquals(40000, limits.of(new PioneerTextForm()).get("story"));
        assertEquals(500, limits.of(new SupporterForm()).get("website"));
    }

    private static void assertAsked(String view, Map<String, Map<String, Integer>> forms, int atLeast) throws IOException {
        Matcher m = Pattern.compile("#\\{limits\\.of\\(([\\w.\\[\\]]+)\\)\\.(\\w+)}").matcher(Files.readString(Path.of(view)));
        int found = 0;
        while (m.find()) {
            Map<String, Integer> declared = forms.get(m.group(1));
            assertTrue(declared != null && declared.containsKey(m.group(2)), view + " asks for " + m.group());
            found++;
        }
        assertTrue(found >= atLeast, view + ": " + found);
    }

    private static Limits limits() {
        Limits limits = new Limits();
        try {
            var field = Limits.class.getDeclaredField("validator");
            field.setAccessible(true);
            field.set(limits, Validation.buildDefaultValidatorFactory().getValidator());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return limits;
    }
}
