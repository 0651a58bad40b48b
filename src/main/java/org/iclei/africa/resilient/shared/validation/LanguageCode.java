package org.iclei.africa.resilient.shared.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** One of the portal's languages ({@code Languages.SUPPORTED}: en, fr, pt); {@code null} is valid. */
@Pattern(regexp = "en|fr|pt", message = "{register.language.required}")
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
public @interface LanguageCode {

    String message() default "{register.language.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
