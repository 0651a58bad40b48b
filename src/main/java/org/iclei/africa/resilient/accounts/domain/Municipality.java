package org.iclei.africa.resilient.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.shared.BaseEntity;
import org.iclei.africa.resilient.shared.validation.FieldLimits;

/** A local government (town, city, district) that members work for; its members share one workspace. */
@Entity
@Table(name = "municipality")
@NamedQuery(name = "Municipality.findByCountry",
        query = "select m from Municipality m where m.country.code = :country order by m.name")
@NamedQuery(name = "Municipality.findByNameAndCountry",
        query = "select m from Municipality m where lower(m.name) = lower(:name) and m.country = :country")
@NamedQuery(name = "Municipality.countAccounts", query = "select count(a) from Account a where a.municipality = :municipality")
@NamedQuery(name = "Municipality.countByCountry", query = "select count(m) from Municipality m where m.country = :country")
@NamedQuery(name = "Municipality.countAccountsByCountry",
        query = "select count(a) from Account a where a.municipality.country = :country")
/* only municipalities someone confirmed an address for: an unconfirmed registration's invented name is never suggested */
@NamedQuery(name = "Municipality.findAllNames", query = "select distinct m.name from Municipality m where exists"
        + " (select a from Account a where a.municipality = m and a.status = org.iclei.africa.resilient.accounts.domain.AccountStatus.ACTIVE)"
        + " order by m.name")
@NamedQuery(name = "Municipality.moveAccounts", query = "update Account a set a.municipality = :into where a.municipality = :from")
public class Municipality extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = FieldLimits.MUNICIPALITY)
    private String name;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "country_id")
    private Country country;

    protected Municipality() {
        // for JPA
    }

    public Municipality(String name, Country country) {
        this.name = Objects.requireNonNull(name).strip();
        this.country = Objects.requireNonNull(country);
    }

    public String getName() {
        return name;
    }

    public Country getCountry() {
        return country;
    }
}
