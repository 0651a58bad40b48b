package org.iclei.africa.resilient.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContactFormTest {

    private static Validator validator;

    @BeforeAll
    static void validator() {
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    private static ContactForm valid() {
        ContactForm form = new ContactForm();
        form.setName("Amina Diallo");
        form.setEmail("amina@dakar.sn");
        form.setSubject("Trial for our municipality");
        form.setMessage("We would like to try the tool with our planning team.");
        return form;
    }

    private static Set<String> failing(ContactForm form) {
        return validator.validate(form).stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aCompleteMessageIsValid() {
        assertEquals(Set.of(), failing(valid()));
    }

    @Test
    void emptyFieldsAreNamed() {
        assertEquals(Set.of("email", "message", "name", "subject"), failing(new ContactForm()));
        ContactForm blanks = valid();
        blanks.setName("   ");
        assertEquals(Set.of("name"), failing(blanks));
    }

    @Test
    void malformedAddressesAreRefused() {
        for (String address : new String[] {"amina", "amina@", "amina@dakar", "a mina@dakar.sn", "@dakar.sn"}) {
            ContactForm form = valid();
            form.setEmail(address);
            assertEquals(Set.of("email"), failing(form), address);
        }
    }

    @Test
    void oversizedFieldsAreRefused() {
        ContactForm form = valid();
        form.setName("n".repeat(121));
        form.setOrganisation("o".repeat(201));
        form.setSubject("s".repeat(201));
        form.setMessage("m".repeat(5001));
        assertEquals(Set.of("message", "name", "organisation", "subject"), failing(form));
    }

    @Test
    void messagesComeInTheVisitorsLanguage() {
        ContactForm form = valid();
        form.setName("");
        assertEquals("Veuillez indiquer votre nom.", messageIn(Locale.FRENCH, form));
        assertEquals("Indique o seu nome.", messageIn(Locale.forLanguageTag("pt"), form));
        assertEquals("Please give your name.", messageIn(Locale.ENGLISH, form));
        form.setName("n".repeat(121));
        assertEquals("O seu nome pode ter no máximo 120 caracteres.", messageIn(Locale.forLanguageTag("pt"), form));
    }

    private static String messageIn(Locale locale, ContactForm form) {
        Validator localized = Validation.byProvider(HibernateValidator.class).configure().defaultLocale(locale)
                .buildValidatorFactory().getValidator();
        Set<ConstraintViolation<ContactForm>> violations = localized.validate(form);
        assertEquals(1, violations.size());
        return violations.iterator().next().getMessage();
    }

    @Test
    void theClientKeyHidesTheAddressAndIsStable() {
        String key = ContactService.clientKey("196.21.45.7");
        assertEquals(64, key.length());
        assertFalse(key.contains("196"));
        assertEquals(key, ContactService.clientKey("196.21.45.7"));
        assertNotEquals(key, ContactService.clientKey("196.21.45.8"));
    }
}
