package org.iclei.africa.resilient.admin.application;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.shared.Languages;

/**
 * A pioneer city as the back office's form edits it: the facts, the texts in each language, and the version it was
 * read at (a save over a newer version is refused). {@link #getId() id} null: a new city.
 */
public class PioneerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Lowercase letters and digits in words joined by single dashes: {@code cape-town}, {@code temeke}. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    private Long id;
    private Long version;
    @Size(max = 120)
    private String name;
    @Size(max = 60)
    private String slug;
    @Size(max = 2)
    private String countryCode;
    private Long population;
    private Integer yearJoined;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private Integer displayOrder;
    @Size(max = 300)
    private String photoCaption;
    private final Map<String, PioneerTextForm> texts = new LinkedHashMap<>();

    public PioneerForm() {
        Languages.SUPPORTED.forEach(language -> texts.put(language, new PioneerTextForm()));
    }

    public static PioneerForm of(PioneerCity city) {
        PioneerForm form = new PioneerForm();
        form.id = city.getId();
        form.version = city.getVersion();
        form.name = city.getName();
        form.slug = city.getSlug();
        form.countryCode = city.getCountry().getCode();
        form.population = city.getPopulation();
        form.yearJoined = city.getYearJoined();
        form.latitude = city.getLatitude();
        form.longitude = city.getLongitude();
        form.displayOrder = city.getDisplayOrder();
        Languages.SUPPORTED.forEach(language -> city.ownText(language).ifPresent(t -> form.texts.put(language, PioneerTextForm.of(t))));
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

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public Long getPopulation() {
        return population;
    }

    public void setPopulation(Long population) {
        this.population = population;
    }

    public Integer getYearJoined() {
        return yearJoined;
    }

    public void setYearJoined(Integer yearJoined) {
        this.yearJoined = yearJoined;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public Integer getDisplayOrder() {
        return displayOrder;
    }

    public void setDisplayOrder(Integer displayOrder) {
        this.displayOrder = displayOrder;
    }

    /** The caption of a photo uploaded with this save. */
    public String getPhotoCaption() {
        return photoCaption;
    }

    public void setPhotoCaption(String photoCaption) {
        this.photoCaption = photoCaption;
    }

    /** The texts by language code ({@code en}, {@code fr}, {@code pt}). */
    public Map<String, PioneerTextForm> getTexts() {
        return texts;
    }
}
