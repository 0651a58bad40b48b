package org.iclei.africa.resilient.content.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.iclei.africa.resilient.shared.BaseEntity;

/** A funder, partner or network behind the portal, shown on the Supporters page in display order. */
@Entity
@Table(name = "supporter")
@NamedQuery(name = "Supporter.findAll", query = "select s from Supporter s order by s.displayOrder, s.name")
public class Supporter extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SupporterKind kind;

    @Column(length = 500)
    private String website;

    @Column(length = 200)
    private String logo;

    /** A logo uploaded in the back office; shown instead of the static demo {@link #getLogo() logo}. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "logo_media_id")
    private MediaFile logoMedia;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @OneToMany(mappedBy = "supporter", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @MapKey(name = "language")
    private Map<String, SupporterText> texts = new HashMap<>();

    protected Supporter() {
        // for JPA
    }

    public Supporter(String name, SupporterKind kind, String website, String logo, int displayOrder) {
        this.name = name;
        this.kind = kind;
        this.website = website;
        this.logo = logo;
        this.displayOrder = displayOrder;
    }

    public void putDescription(String language, String description) {
        SupporterText text = texts.get(language);
        if (text == null) {
            texts.put(language, new SupporterText(this, language, description));
        } else {
            text.setDescription(description);
        }
    }

    public Optional<Localized<SupporterText>> description(String language) {
        return Localized.pick(texts, language);
    }

    public void edit(String name, SupporterKind kind, String website, int displayOrder) {
        this.name = name;
        this.kind = kind;
        this.website = website;
        this.displayOrder = displayOrder;
    }

    /** The description written in exactly this language (no English fallback). */
    public Optional<SupporterText> ownDescription(String language) {
        return Optional.ofNullable(texts.get(language));
    }

    public void removeDescription(String language) {
        texts.remove(language);
    }

    /**
     * Shows an uploaded logo from now on, instead of the static one; returns the uploaded logo it replaces, which
     * nothing else shows.
     */
    public Optional<MediaFile> useLogo(MediaFile media) {
        Optional<MediaFile> previous = Optional.ofNullable(logoMedia);
        this.logoMedia = media;
        this.logo = null;
        return previous;
    }

    /** Shows no logo; returns the uploaded one it had, if any. */
    public Optional<MediaFile> removeLogo() {
        Optional<MediaFile> previous = Optional.ofNullable(logoMedia);
        this.logoMedia = null;
        this.logo = null;
        return previous;
    }

    public MediaFile getLogoMedia() {
        return logoMedia;
    }

    public String getName() {
        return name;
    }

    public SupporterKind getKind() {
        return kind;
    }

    public String getWebsite() {
        return website;
    }

    public String getLogo() {
        return logo;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }
}
