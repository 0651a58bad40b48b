package org.iclei.africa.resilient.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A short name in the portal's three languages (countries, topics). */
@Embeddable
public class LocalizedName implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name_en", nullable = false, length = 100)
    private String en;

    @Column(name = "name_fr", nullable = false, length = 100)
    private String fr;

    @Column(name = "name_pt", nullable = false, length = 100)
    private String pt;

    protected LocalizedName() {
        // for JPA
    }

    public LocalizedName(String en, String fr, String pt) {
        this.en = Objects.requireNonNull(en);
        this.fr = fr == null || fr.isBlank() ? en : fr;
        this.pt = pt == null || pt.isBlank() ? en : pt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedName that && en.equals(that.en) && fr.equals(that.fr) && pt.equals(that.pt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(en, fr, pt);
    }

    /** For the audit log: the three names, "en / fr / pt". */
    @Override
    public String toString() {
        return en + " / " + fr + " / " + pt;
    }

    /** The name in the given language; English for any other. */
    public String in(String language) {
        return switch (language == null ? "en" : language) {
            case "fr" -> fr;
            case "pt" -> pt;
            default -> en;
        };
    }
}
