package org.iclei.africa.resilient.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.accounts.application.RegistrationForm;
import org.iclei.africa.resilient.shared.validation.FieldLimits;
import org.iclei.africa.resilient.tool.application.ActionForm;
import org.iclei.africa.resilient.tool.application.OptionForm;
import org.iclei.africa.resilient.tool.application.RiskForm;
import org.junit.jupiter.api.Test;

/** Views read their maximum lengths from the constraints, and the views ask only for lengths that are declared. */
class LimitsTest {

    private final Limits limits = new Limits();

    {
        limits.validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @Test
    void aFormsLengthsComeFromItsSizeConstraints() {
        Map<String, Integer> risk = limits.of(new RiskForm());
        assertEquals(120, risk.get("hazard"));
        assertEquals(2000, risk.get("impact"));
        assertFalse(risk.containsKey("likelihood"), "a rating has no length");
    }

    @Test
    void composedConstraintsGiveTheirLengthsToo() {
        Map<String, Integer> registration = limits.of(new RegistrationForm());
        assertEquals(FieldLimits.EMAIL, registration.get("email"));
        assertEquals(FieldLimits.FULL_NAME, registration.get("fullName"));
    }

    @Test
    void everyLengthAToolViewAsksForIsDeclaredOnItsForm() throws IOException {
        Map<String, Object> forms = Map.of("risks", new RiskForm(), "adaptationOptions", new OptionForm(), "actionPlan", new ActionForm());
        Pattern asked = Pattern.compile("#\\{limits\\.of\\((\\w+)\\.form\\)\\.(\\w+)}");
        int found = 0;
        try (var views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = asked.matcher(Files.readString(view));
                while (m.find()) {
                    assertTrue(limits.of(forms.get(m.group(1))).containsKey(m.group(2)), view + " asks for " + m.group());
                    found++;
                }
            }
        }
        assertTrue(found >= 10, "the tool's forms read their lengths: " + found);
    }
}
