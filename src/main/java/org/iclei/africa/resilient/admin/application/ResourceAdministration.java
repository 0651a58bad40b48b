package org.iclei.africa.resilient.admin.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.admin.application.ResourceForm.Source;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.LibraryResourceRepository;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.content.domain.PioneerCityRepository;
import org.iclei.africa.resilient.content.domain.StoredFile;
import org.iclei.africa.resilient.content.domain.Topic;
import org.iclei.africa.resilient.content.domain.TopicRepository;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.upload.FileKind;
import org.iclei.africa.resilient.shared.upload.UploadCheck;
import org.iclei.africa.resilient.shared.upload.UploadCheck.CheckedFile;

/**
 * The back office's library resources: add, change and delete them, with a file (checked by {@link UploadCheck}
 * for documents, stored in the database and served by the public download address) or an external link. A
 * resource is in the public library as soon as the transaction ends: nothing caches it.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ResourceAdministration {

    static final String RECORD = "resource";

    @Inject
    LibraryResourceRepository resources;

    @Inject
    TopicRepository topics;

    @Inject
    PioneerCityRepository cities;

    @Inject
    AuditLog audit;

    /** A file the administrator sent: the name the browser gave, the size it announced, and its bytes. */
    public record Upload(String name, long size, InputStream content) {
    }

    public List<LibraryResource> all() {
        return resources.all();
    }

    public Optional<LibraryResource> find(long id) {
        return resources.find(id);
    }

    public List<Topic> topics() {
        return topics.all();
    }

    public List<PioneerCity> cities() {
        return cities.all();
    }

    /**
     * Adds a resource or saves the changes to one; returns its id.
     *
     * @param upload a new file, or null (a file resource then keeps the file it has, and a new one needs a file)
     */
    public long save(ResourceForm form, Upload upload) {
        form.check();
        PioneerCity city = form.citySlug() == null ? null
                : cities.findBySlug(form.citySlug()).orElseThrow(() -> new BusinessException(ResourceForm.INCOMPLETE));
        List<Topic> chosen = new ArrayList<>();
        for (String slug : form.topics()) {
            chosen.add(topics.findBySlug(slug).orElseThrow(() -> new BusinessException(ResourceForm.INCOMPLETE)));
        }
        CheckedFile file = form.source() == Source.FILE && upload != null
                ? UploadCheck.check(upload.name(), upload.size(), upload.content(), FileKind.DOCUMENTS) : null;

        LibraryResource resource;
        Snapshot before;
        if (form.id() == null) {
            if (form.source() == Source.FILE && file == null) {
                throw new BusinessException(ResourceForm.FILE_MISSING);
            }
            resource = new LibraryResource(form.title(), form.summary(), form.type(), form.language(), form.publishedYear());
            before = Snapshot.EMPTY;
        } else {
            resource = resources.find(form.id()).orElseThrow(() -> new BusinessException("admin.notFound"));
            audit.checkVersion(RECORD, resource.getId(), resource.getVersion(), form.version());
            if (form.source() == Source.FILE && file == null && !resource.isDownload()) {
                throw new BusinessException(ResourceForm.FILE_MISSING);
            }
            before = Snapshot.of(resource);
            resource.describe(form.title(), form.summary(), form.type(), form.language(), form.publishedYear());
        }
        resource.setCity(city);
        resource.fileUnder(chosen);

        Long droppedFile = null;
        if (form.source() == Source.LINK) {
            droppedFile = resource.getFileId();
            resource.linkTo(form.link());
        } else if (file != null) {
            droppedFile = resource.getFileId();
            StoredFile stored = new StoredFile(file.content());
            resources.addFile(stored);
            resource.attach(stored, file.name(), file.mediaType(), file.content().length);
        }
        if (form.id() == null) {
            resources.add(resource);
        }
        if (droppedFile != null) {
            resources.removeFile(droppedFile);
        }
        Snapshot after = Snapshot.of(resource);
        audit.record(form.id() == null ? "resource.create" : "resource.update", RECORD, resource.getId(), resource.getTitle(),
                before.changesTo(after));
        return resource.getId();
    }

    /** Deletes a resource and its file. */
    public void delete(long id, Long version) {
        LibraryResource resource = resources.find(id).orElseThrow(() -> new BusinessException("admin.notFound"));
        audit.checkVersion(RECORD, id, resource.getVersion(), version);
        Snapshot before = Snapshot.of(resource);
        resources.remove(resource);
        audit.record("resource.delete", RECORD, id, resource.getTitle(), before.changesTo(Snapshot.EMPTY));
    }

    /** The audited fields of a resource, as text. */
    record Snapshot(String title, String summary, String type, String language, String city, Integer year, String topics,
            String link, String file) {

        static final Snapshot EMPTY = new Snapshot(null, null, null, null, null, null, null, null, null);

        static Snapshot of(LibraryResource r) {
            return new Snapshot(r.getTitle(), r.getSummary(), r.getType().name(), r.getLanguage(),
                    r.getCity() == null ? null : r.getCity().getSlug(), r.getPublishedYear(),
                    r.getTopics().stream().map(Topic::getSlug).sorted().collect(Collectors.joining(", ")),
                    r.getExternalUrl(),
                    r.isDownload() ? r.getFileName() + " (" + r.getContentType() + ", " + r.getFileSize() + " B, #" + r.getFileId() + ")" : null);
        }

        Changes changesTo(Snapshot after) {
            return new Changes().field("title", title, after.title).field("summary", summary, after.summary)
                    .field("type", type, after.type).field("language", language, after.language).field("city", city, after.city)
                    .field("year", year, after.year).field("topics", topics, after.topics).field("link", link, after.link)
                    .field("file", file, after.file);
        }
    }
}
