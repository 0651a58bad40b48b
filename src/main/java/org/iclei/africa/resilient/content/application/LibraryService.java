package org.iclei.africa.resilient.content.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.content.domain.LibraryQuery;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.LibraryResourceRepository;
import org.iclei.africa.resilient.content.domain.StoredFile;
import org.iclei.africa.resilient.content.domain.Topic;
import org.iclei.africa.resilient.content.domain.TopicRepository;

/** The public resource library: search with filters, latest additions, downloads that are counted. */
@Stateless
public class LibraryService {

    @Inject
    LibraryResourceRepository resources;

    @Inject
    TopicRepository topics;

    /** A file to send to the browser. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    public LibraryPage search(LibraryQuery query) {
        long total = resources.count(query);
        return new LibraryPage(total == 0 ? List.of() : resources.search(query), total, query);
    }

    /** How many resources {@code query} finds (for the suggestions when a search finds nothing). */
    public long count(LibraryQuery query) {
        return resources.count(query);
    }

    /** One resource, for its own page. */
    public Optional<LibraryResource> resource(long id) {
        return resources.find(id);
    }

    /** Every resource (the sitemap). */
    public List<LibraryResource> all() {
        return resources.all();
    }

    public List<LibraryResource> latest(int howMany) {
        return resources.latest(howMany);
    }

    public List<Topic> topics() {
        return topics.all();
    }

    /** The file of a resource, counting the download; empty when there is no such resource or it is a link. */
    public Optional<Download> download(long resourceId) {
        Optional<LibraryResource> resource = resources.find(resourceId).filter(LibraryResource::isDownload);
        Optional<StoredFile> file = resource.flatMap(found -> resources.file(found.getFileId()));
        if (file.isEmpty()) {
            return Optional.empty();
        }
        resources.countDownload(resourceId);
        return Optional.of(new Download(resource.get().getFileName(), resource.get().getContentType(), file.get().getContent()));
    }
}
