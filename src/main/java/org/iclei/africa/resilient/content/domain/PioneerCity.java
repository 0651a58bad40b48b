package org.iclei.africa.resilient.content.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iclei.africa.resilient.shared.BaseEntity;

/** A local government that developed and first used the adaptation process (the 2009–2012 five-city network). */
@Entity
@Table(name = "pioneer_city")
@NamedQuery(name = "PioneerCity.findAll", query = "select c from PioneerCity c order by c.displayOrder, c.name")
@NamedQuery(name = "PioneerCity.findBySlug", query = "select c from PioneerCity c where c.slug = :slug")
@NamedQuery(name = "PioneerCity.countResources", query = "select count(r) from LibraryResource r where r.city = :city")
public class PioneerCity extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 60)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "country_id")
    private Country country;

    private Long population;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "year_joined")
    private Integer yearJoined;

    @Column(length = 200)
    private String photo;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @OneToMany(mappedBy = "city", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @MapKey(name = "language")
    private Map<String, PioneerCityText> texts = new HashMap<>();

    /** Photos uploaded in the back office, shown after the static demo {@link #getPhoto() photo} if there is one. */
    @OneToMany(mappedBy = "city", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<PioneerPhoto> photos = new ArrayList<>();

    protected PioneerCity() {
        // for JPA
    }

    public PioneerCity(String slug, String name, Country country, int displayOrder) {
        this.slug = slug;
        this.name = name;
        this.country = country;
        this.displayOrder = displayOrder;
    }

    public void describe(Long population, BigDecimal latitude, BigDecimal longitude, Integer yearJoined, String photo) {
        this.population = population;
        this.latitude = latitude;
        this.longitude = longitude;
        this.yearJoined = yearJoined;
        this.photo = photo;
    }

    /** Adds or replaces the texts in one language. */
    public void putText(String language, String summary, String story, String risks, String lessons, String photoAlt) {
        PioneerCityText text = texts.get(language);
        if (text == null) {
            texts.put(language, new PioneerCityText(this, language, summary, story, risks, lessons, photoAlt));
        } else {
            text.edit(summary, story, risks, lessons, photoAlt);
        }
    }

    public Optional<Localized<PioneerCityText>> text(String language) {
        return Localized.pick(texts, language);
    }

    /** Renames the city, moves it to another URL, country or place in the list. */
    public void edit(String slug, String name, Country country, int displayOrder) {
        this.slug = slug;
        this.name = name;
        this.country = country;
        this.displayOrder = displayOrder;
    }

    /** The texts written in exactly this language (no English fallback). */
    public Optional<PioneerCityText> ownText(String language) {
        return Optional.ofNullable(texts.get(language));
    }

    /** Drops the texts of one language (the pages then show the English ones, marked as such). */
    public void removeText(String language) {
        texts.remove(language);
    }

    /** Adds an uploaded photo after the others. */
    public PioneerPhoto addPhoto(MediaFile media, String caption) {
        int next = photos.stream().mapToInt(PioneerPhoto::getPosition).max().orElse(0) + 1;
        PioneerPhoto photo = new PioneerPhoto(this, media, next, caption);
        photos.add(photo);
        return photo;
    }

    /** Removes an uploaded photo; its image, which nothing else shows, is returned so that it can be deleted too. */
    public Optional<MediaFile> removePhoto(long photoId) {
        Optional<PioneerPhoto> photo = photos.stream().filter(p -> p.getId() != null && p.getId() == photoId).findFirst();
        photo.ifPresent(photos::remove);
        return photo.map(PioneerPhoto::getMedia);
    }

    /** Stops showing the static demo photo (the file stays among the portal's resources). */
    public void removeStaticPhoto() {
        this.photo = null;
    }

    public List<PioneerPhoto> getPhotos() {
        return Collections.unmodifiableList(photos);
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public Country getCountry() {
        return country;
    }

    public Long getPopulation() {
        return population;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public Integer getYearJoined() {
        return yearJoined;
    }

    public String getPhoto() {
        return photo;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }
}
