package org.iclei.africa.resilient.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.iclei.africa.resilient.shared.validation.FieldLimits;

/** The {@link FieldLimits} for views, e.g. {@code maxlength="#{limits.email}"}. */
@Named("limits")
@ApplicationScoped
public class Limits {

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
