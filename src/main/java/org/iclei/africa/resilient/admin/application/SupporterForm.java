package org.iclei.africa.resilient.admin.application;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iclei.africa.resilient.content.domain.Supporter;
import org.iclei.africa.resilient.content.domain.SupporterKind;
import org.iclei.africa.resilient.shared.Languages;

/** A supporter as the back office's form edits it, with its description per language and the version it was read at. */
public class SupporterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    @Size(max = 200)
    private String name;
    private SupporterKind kind;
    @Size(max = 500)
    private String website;
    private Integer displayOrder;
    private final Map<String, String> descriptions = new LinkedHashMap<>();

    public SupporterForm() {
        Languages.SUPPORTED.forEach(language -> descriptions.put(language, null));
    }

    public static SupporterForm of(Supporter supporter) {
        SupporterForm form = new SupporterForm();
        form.id = supporter.getId();
        form.version = supporter.getVersion();
        form.name = supporter.getName();
        form.kind = supporter.getKind();
        form.website = supporter.getWebsite();
        form.displayOrder = supporter.getDisplayOrder();
        Languages.SUPPORTED.forEach(language -> supporter.ownDescription(language)
                .ifPresent(text -> form.descriptions.put(language, text.getDescription())));
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SupporterKind getKind() {
        return kind;
    }

    public void setKind(SupporterKind kind) {
        this.kind = kind;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Integer getDisplayOrder() {
        return displayOrder;
    }

    public void setDisplayOrder(Integer displayOrder) {
        this.displayOrder = displayOrder;
    }

    /** The description (plain text, at most 4000 characters) by language code. */
    public Map<String, String> getDescriptions() {
        return descriptions;
    }
}
