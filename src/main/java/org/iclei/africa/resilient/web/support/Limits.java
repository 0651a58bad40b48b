package org.iclei.africa.resilient.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.shared.validation.FieldLimits;

/**
 * Maximum lengths for views, read from where they are declared: the shared {@link FieldLimits}
 * ({@code maxlength="#{limits.email}"}), or a form's own {@code @Size} constraints
 * ({@code maxlength="#{limits.of(risks.form).hazard}"}).
 */
@Named("limits")
@ApplicationScoped
public class Limits {

    @Inject
    Validator validator;

    private final Map<Class<?>, Map<String, Integer>> byForm = new ConcurrentHashMap<>();

    /** The {@code @Size(max)} of each constrained property of the form's class (also inside composed constraints). */
    public Map<String, Integer> of(Object form) {
        return byForm.computeIfAbsent(form.getClass(), type -> validator.getConstraintsForClass(type).getConstrainedProperties().stream()
                .flatMap(p -> p.getConstraintDescriptors().stream().map(c -> Map.entry(p.getPropertyName(), max(c))))
                .filter(e -> e.getValue().isPresent())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().get(), Math::min)));
    }

    private static Optional<Integer> max(ConstraintDescriptor<?> constraint) {
        if (constraint.getAnnotation() instanceof Size size) {
            return Optional.of(size.max());
        }
        return constraint.getComposingConstraints().stream().map(Limits::max).flatMap(Optional::stream).min(Integer::compare);
    }

    public int getEmail() {
        return FieldLimits.EMAIL;
    }

    public int getFullName() {
        return FieldLimits.FULL_NAME;
    }

    public int getJobTitle() {
        return FieldLimits.JOB_TITLE;
    }

    public int getMunicipality() {
        return FieldLimits.MUNICIPALITY;
    }

    public int getPhone() {
        return FieldLimits.PHONE;
    }

    public int getPassword() {
        return FieldLimits.PASSWORD_MAX;
    }

    public int getPasswordMin() {
        return FieldLimits.PASSWORD_MIN;
    }

    public int getContactName() {
        return FieldLimits.CONTACT_NAME;
    }

    public int getOrganisation() {
        return FieldLimits.ORGANISATION;
    }

    public int getSubject() {
        return FieldLimits.SUBJECT;
    }

    public int getMessage() {
        return FieldLimits.MESSAGE_MAX;
    }

    public int getSearch() {
        return FieldLimits.SEARCH;
    }
}
