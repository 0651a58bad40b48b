package org.iclei.africa.resilient.admin.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.content.domain.CountryRepository;
import org.iclei.africa.resilient.content.domain.HtmlCleaner;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.LibraryResourceRepository;
import org.iclei.africa.resilient.content.domain.MediaFile;
import org.iclei.africa.resilient.content.domain.MediaFileRepository;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.content.domain.PioneerCityRepository;
import org.iclei.africa.resilient.content.domain.PioneerCityText;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.Languages;
import org.iclei.africa.resilient.shared.upload.FileKind;
import org.iclei.africa.resilient.shared.upload.UploadCheck;
import org.iclei.africa.resilient.shared.upload.UploadCheck.CheckedFile;

/**
 * The pioneer cities in the back office: add, edit (facts, texts per language, photos) and delete, each change
 * written to the audit log with its fields. Every edit names the version it was read at and is refused when the
 * city changed since; a city that library resources are about is not deleted. Story, risks and lessons are
 * sanitised HTML; photos are images checked by their content (at most 20 MB) and stored in the database.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class PioneerAdministration {

    public static final String RECORD = "pioneer";
    public static final String NOT_FOUND = "admin.notFound";
    public static final String IN_USE = "admin.pioneers.inUse";
    public static final String SLUG_TAKEN = "admin.pioneers.slugTaken";

    @Inject
    PioneerCityRepository cities;

    @Inject
    CountryRepository countries;

    @Inject
    MediaFileRepository media;

    @Inject
    AuditLog audit;

    @Inject
    HtmlCleaner cleaner;

    @Inject
    LibraryResourceRepository libraryResources;

    public List<PioneerCity> all() {
        return cities.all();
    }

    public Optional<PioneerCity> find(long id) {
        return cities.find(id);
    }

    public List<Country> countries() {
        return countries.all();
    }

    /** Adds a city, with a first photo when {@code photo} is not null; returns its id. */
    public long create(PioneerForm form, Upload photo) {
        Facts facts = facts(form, null);
        PioneerCity city = new PioneerCity(facts.slug, facts.name, facts.country, facts.displayOrder);
        city.describe(form.getPopulation(), form.getLatitude(), form.getLongitude(), form.getYearJoined(), null);
        Changes changes = new Changes().field("name", null, facts.name).field("slug", null, facts.slug)
                .field("country", null, facts.country.getCode()).field("population", null, form.getPopulation())
                .field("yearJoined", null, form.getYearJoined()).field("latitude", null, form.getLatitude())
                .field("longitude", null, form.getLongitude()).field("displayOrder", null, facts.displayOrder);
        writeTexts(city, form.getTexts(), changes);
        cities.add(city);
        addPhoto(city, photo, form.getPhotoCaption(), changes);
        audit.record("pioneer.create", RECORD, city.getId(), city.getName(), changes);
        return city.getId();
    }

    /** Saves the form over the city it was read from (refused if it changed since), adding {@code photo} if not null. */
    public void update(PioneerForm form, Upload photo) {
        PioneerCity city = load(form.getId());
        audit.checkVersion(RECORD, city.getId(), city.getVersion(), form.getVersion());
        Facts facts = facts(form, city);
        Changes changes = new Changes().field("name", city.getName(), facts.name).field("slug", city.getSlug(), facts.slug)
                .field("country", city.getCountry().getCode(), facts.country.getCode())
                .field("population", city.getPopulation(), form.getPopulation())
                .field("yearJoined", city.getYearJoined(), form.getYearJoined())
                .field("latitude", city.getLatitude(), form.getLatitude())
                .field("longitude", city.getLongitude(), form.getLongitude())
                .field("displayOrder", city.getDisplayOrder(), facts.displayOrder);
        city.edit(facts.slug, facts.name, facts.country, facts.displayOrder);
        libraryResources.byCity(city).forEach(LibraryResource::refreshSearchText); // a search finds them by the new name
        city.describe(form.getPopulation(), form.getLatitude(), form.getLongitude(), form.getYearJoined(), city.getPhoto());
        writeTexts(city, form.getTexts(), changes);
        addPhoto(city, photo, form.getPhotoCaption(), changes);
        // texts and photos live in rows of their own: the city's version must move with them, or a stale form
        // that changes only texts would pass the version check
        cities.markChanged(city);
        audit.record("pioneer.update", RECORD, city.getId(), city.getName(), changes);
    }

    /** Removes an uploaded photo (and its stored image). */
    public void removePhoto(long cityId, Long version, long photoId) {
        PioneerCity city = load(cityId);
        audit.checkVersion(RECORD, cityId, city.getVersion(), version);
        MediaFile removed = city.removePhoto(photoId).orElseThrow(() -> new BusinessException(NOT_FOUND));
        cities.markChanged(city);
        media.remove(removed);
        audit.record("pioneer.removePhoto", RECORD, cityId, city.getName(), new Changes().field("photo", removed.getFileName(), null));
    }

    /** Stops showing the city's static demo photo. */
    public void removeStaticPhoto(long cityId, Long version) {
        PioneerCity city = load(cityId);
        audit.checkVersion(RECORD, cityId, city.getVersion(), version);
        String before = city.getPhoto();
        city.removeStaticPhoto();
        audit.record("pioneer.removePhoto", RECORD, cityId, city.getName(), new Changes().field("photo", before, null));
    }

    /** Deletes a city with its texts and photos; refused while library resources are about it. */
    public void delete(long id, Long version) {
        PioneerCity city = load(id);
        audit.checkVersion(RECORD, id, city.getVersion(), version);
        long resources = cities.countResources(city);
        if (resources > 0) {
            throw new BusinessException(IN_USE, resources);
        }
        List<MediaFile> images = city.getPhotos().stream().map(p -> p.getMedia()).toList();
        Changes changes = new Changes().field("name", city.getName(), null).field("slug", city.getSlug(), null);
        cities.remove(city);
        images.forEach(media::remove);
        audit.record("pioneer.delete", RECORD, id, city.getName(), changes);
    }

    private PioneerCity load(Long id) {
        return Optional.ofNullable(id).flatMap(cities::find).orElseThrow(() -> new BusinessException(NOT_FOUND));
    }

    private record Facts(String name, String slug, Country country, int displayOrder) {
    }

    private Facts facts(PioneerForm form, PioneerCity current) {
        String name = RecordChecks.required(form.getName(), 120, "admin.pioneers.nameRequired");
        String slug = RecordChecks.slug(form.getSlug());
        cities.findBySlug(slug).filter(other -> current == null || !other.getId().equals(current.getId())).ifPresent(other -> {
            throw new BusinessException(SLUG_TAKEN, slug, other.getName());
        });
        Country country = Optional.ofNullable(form.getCountryCode()).flatMap(countries::findByCode)
                .orElseThrow(() -> new BusinessException("admin.pioneers.countryRequired"));
        RecordChecks.range(form.getPopulation(), 0, 100_000_000_000L, "admin.pioneers.populationInvalid");
        RecordChecks.range(form.getYearJoined(), PioneerForm.MIN_YEAR, PioneerForm.MAX_YEAR, "admin.pioneers.yearInvalid");
        RecordChecks.coordinate(form.getLatitude(), 90, "admin.pioneers.coordinatesInvalid");
        RecordChecks.coordinate(form.getLongitude(), 180, "admin.pioneers.coordinatesInvalid");
        int order = RecordChecks.range(form.getDisplayOrder() == null ? 0 : form.getDisplayOrder(), 0, 9999, "admin.pioneers.orderInvalid");
        return new Facts(name, slug, country, order);
    }

    /** Stores the texts of each language that has any (the English summary is required), drops emptied ones. */
    private void writeTexts(PioneerCity city, Map<String, PioneerTextForm> texts, Changes changes) {
        PioneerTextForm english = texts.get(Languages.DEFAULT);
        if (english == null || PioneerTextForm.blank(english.getSummary())) {
            throw new BusinessException("admin.pioneers.summaryRequired");
        }
        for (String language : Languages.SUPPORTED) {
            PioneerTextForm form = texts.get(language);
            Optional<PioneerCityText> before = city.ownText(language);
            if (form == null || form.isBlank()) {
                before.ifPresent(old -> {
                    city.removeText(language);
                    changes.field("summary." + language, old.getSummary(), null);
                });
                continue;
            }
            String summary = RecordChecks.optional(form.getSummary(), 1000);
            String story = sanitised(form.getStory(), 40000);
            String risks = sanitised(form.getRisks(), 10000);
            String lessons = sanitised(form.getLessons(), 20000);
            String photoAlt = RecordChecks.optional(form.getPhotoAlt(), 300);
            changes.field("summary." + language, before.map(PioneerCityText::getSummary).orElse(null), summary)
                    .field("story." + language, before.map(PioneerCityText::getStory).orElse(null), story)
                    .field("risks." + language, before.map(PioneerCityText::getRisks).orElse(null), risks)
                    .field("lessons." + language, before.map(PioneerCityText::getLessons).orElse(null), lessons)
                    .field("photoAlt." + language, before.map(PioneerCityText::getPhotoAlt).orElse(null), photoAlt);
            city.putText(language, orEmpty(summary), story, risks, lessons, orEmpty(photoAlt));
        }
    }

    private void addPhoto(PioneerCity city, Upload photo, String caption, Changes changes) {
        if (photo == null) {
            return;
        }
        CheckedFile file = UploadCheck.check(photo.fileName(), photo.size(), photo.content(), FileKind.IMAGES);
        String text = RecordChecks.optional(caption, 300);
        MediaFile image = media.store(file.name(), file.mediaType(), file.content());
        city.addPhoto(image, text);
        changes.field("photo", null, file.name());
    }

    private String sanitised(String html, int max) {
        String clean = cleaner.clean(html);
        if (clean.length() > max) {
            throw new BusinessException(RecordChecks.TOO_LONG, max);
        }
        return clean;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
