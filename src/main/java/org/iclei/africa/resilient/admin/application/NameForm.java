package org.iclei.africa.resilient.admin.application;

import org.iclei.africa.resilient.content.domain.LocalizedName;
import org.iclei.africa.resilient.shared.BusinessException;

/**
 * The form of a record that is a key and a name in the three languages: a topic (key = slug) or a country (key =
 * ISO 3166-1 alpha-2 code). The English name is required; a French or Portuguese name left empty is the English one.
 *
 * @param id      the record edited, or null for a new one
 * @param version the version the form was filled from (null for a new one)
 */
public record NameForm(Long id, Long version, String key, String en, String fr, String pt) {

    public static final int NAME = 100;
    public static final String NAME_REQUIRED = "admin.names.required";
    public static final String NAME_TOO_LONG = "admin.names.tooLong";

    public NameForm {
        key = key == null ? "" : key.strip();
        en = strip(en);
        fr = strip(fr);
        pt = strip(pt);
    }

    /** The names, checked. */
    public LocalizedName name() {
        if (en == null) {
            throw new BusinessException(NAME_REQUIRED);
        }
        for (String name : new String[] {en, fr, pt}) {
            if (name != null && name.length() > NAME) {
                throw new BusinessException(NAME_TOO_LONG, NAME);
            }
        }
        return new LocalizedName(en, fr, pt);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
