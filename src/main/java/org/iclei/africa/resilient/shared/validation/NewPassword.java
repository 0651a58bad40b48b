package org.iclei.africa.resilient.shared.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A password someone chooses: at most {@link FieldLimits#PASSWORD_MAX} characters. The rules that need the
 * account (at least {@link FieldLimits#PASSWORD_MIN} characters, not the e-mail address, not a common
 * password) are {@code accounts.domain.PasswordPolicy}'s.
 */
@Size(max = FieldLimits.PASSWORD_MAX, message = "{register.password.size}")
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
public @interface NewPassword {

    String message() default "{register.password.size}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
