package org.iclei.africa.resilient.tool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.shared.BaseEntity;

/** One municipality's adaptation plan, shared by its members. */
@Entity
@Table(name = "workspace")
@NamedQuery(name = "Workspace.findByMunicipality", query = "select w from Workspace w where w.municipality = :municipality")
@NamedQuery(name = "Workspace.findAll", query = "select w from Workspace w order by w.name")
public class Workspace extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The sign-in of the demo workspace's lead (example.org never receives mail). */
    public static final String DEMO_LEAD_EMAIL = "demo.lead@example.org";

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(nullable = false)
    private boolean demo;

    protected Workspace() {
        // for JPA
    }

    public Workspace(Municipality municipality, boolean demo) {
        this.municipality = municipality;
        this.name = municipality.getName();
        this.demo = demo;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public String getName() {
        return name;
    }

    public boolean isDemo() {
        return demo;
    }
}
