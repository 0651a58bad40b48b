package org.iclei.africa.resilient.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iclei.africa.resilient.shared.BaseEntity;

/** A country, by its ISO 3166-1 alpha-2 code. */
@Entity
@Table(name = "country")
@NamedQuery(name = "Country.findAll", query = "select c from Country c order by c.code")
@NamedQuery(name = "Country.count", query = "select count(c) from Country c")
@NamedQuery(name = "Country.findByCode", query = "select c from Country c where c.code = :code")
@NamedQuery(name = "Country.countPioneerCities", query = "select count(p) from PioneerCity p where p.country = :country")
public class Country extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 2)
    private String code;

    @Embedded
    private LocalizedName name;

    protected Country() {
        // for JPA
    }

    public Country(String code, LocalizedName name) {
        this.code = code;
        this.name = name;
    }

    /** Changes the code (ISO 3166-1 alpha-2, unique; checked by the caller) and the names. */
    public void rename(String code, LocalizedName name) {
        this.code = code;
        this.name = name;
    }

    public LocalizedName getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public String name(String language) {
        return name.in(language);
    }
}
