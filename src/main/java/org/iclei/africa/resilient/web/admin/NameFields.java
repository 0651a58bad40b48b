package org.iclei.africa.resilient.web.admin;

import java.io.Serializable;
import org.iclei.africa.resilient.admin.application.NameForm;
import org.iclei.africa.resilient.content.domain.LocalizedName;

/**
 * The fields of a dialog that edits a key (a slug, a country code) and a name in each language, with the record's id
 * and the version the dialog was filled from.
 */
public class NameFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    private String key;
    private String en;
    private String fr;
    private String pt;

    public static NameFields empty() {
        return new NameFields();
    }

    public static NameFields of(long id, long version, String key, LocalizedName name) {
        NameFields fields = new NameFields();
        fields.id = id;
        fields.version = version;
        fields.key = key;
        fields.en = name.in("en");
        fields.fr = name.in("fr");
        fields.pt = name.in("pt");
        return fields;
    }

    public NameForm form() {
        return new NameForm(id, version, key, en, fr, pt);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }

    public String getFr() {
        return fr;
    }

    public void setFr(String fr) {
        this.fr = fr;
    }

    public String getPt() {
        return pt;
    }

    public void setPt(String pt) {
        this.pt = pt;
    }
}
