package org.iclei.africa.resilient.shared.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An e-mail address someone types: at most {@link FieldLimits#EMAIL} characters, of the form
 * {@link EmailSyntax#PATTERN}. {@code null} is valid (add {@code @NotBlank} where it is required);
 * each broken rule is reported with its own message.
 */
@Email(message = "{contact.email.invalid}")
@Pattern(regexp = EmailSyntax.PATTERN, message = "{contact.email.invalid}")
@Size(max = FieldLimits.EMAIL, message = "{contact.email.size}")
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
public @interface EmailAddress {

    String message() default "{contact.email.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
