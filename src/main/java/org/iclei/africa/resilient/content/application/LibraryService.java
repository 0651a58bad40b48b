package org.iclei.africa.resilient.content.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.StoredFile;
import org.iclei.africa.resilient.content.domain.Topic;

/** The public resource library: search with filters, latest additions, downloads that are counted. */
@Stateless
public class LibraryService {

    @PersistenceContext
    EntityManager em;

    /** A file to send to the browser. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    public LibraryPage search(LibraryQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.topic() != null) {
            Optional<Topic> topic = topic(query.topic());
            if (topic.isEmpty()) {
                return new LibraryPage(List.of(), 0, query);
            }
            where.append(" and :topic member of r.topics");
            parameters.put("topic", topic.get());
        }
        if (query.type() != null) {
            where.append(" and r.type = :type");
            parameters.put("type", query.type());
        }
        if (query.language() != null) {
            where.append(" and r.language = :language");
            parameters.put("language", query.language());
        }
        if (query.city() != null) {
            where.append(" and r.city.slug = :city");
            parameters.put("city", query.city());
        }
        List<String> words = query.words();
        for (int i = 0; i < words.size(); i++) {
            where.append(" and (lower(r.title) like :w").append(i).append(" escape '\\'")
                    .append(" or lower(r.summary) like :w").append(i).append(" escape '\\')");
            parameters.put("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(r) from LibraryResource r" + where, Long.class);
        TypedQuery<LibraryResource> items = em.createQuery("select r from LibraryResource r" + where
                + " order by coalesce(r.publishedYear, 0) desc, r.title, r.id", LibraryResource.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            items.setParameter(name, value);
        });
        long total = count.getSingleResult();
        return new LibraryPage(items.setFirstResult(query.offset()).setMaxResults(LibraryQuery.PAGE_SIZE).getResultList(), total, query);
    }

    public List<LibraryResource> latest(int howMany) {
        return em.createNamedQuery("LibraryResource.latest", LibraryResource.class).setMaxResults(howMany).getResultList();
    }

    public List<Topic> topics() {
        return em.createNamedQuery("Topic.findAll", Topic.class).getResultList();
    }

    /** The file of a resource, counting the download; empty when there is no such resource or it is a link. */
    public Optional<Download> download(long resourceId) {
        LibraryResource resource = em.find(LibraryResource.class, resourceId);
        if (resource == null || !resource.isDownload()) {
            return Optional.empty();
        }
        StoredFile file = em.find(StoredFile.class, resource.getFileId());
        if (file == null) {
            return Optional.empty();
        }
        em.createNamedQuery("LibraryResource.countDownload").setParameter("id", resourceId).executeUpdate();
        return Optional.of(new Download(resource.getFileName(), resource.getContentType(), file.getContent()));
    }

    private Optional<Topic> topic(String slug) {
        return em.createQuery("select t from Topic t where t.slug = :slug", Topic.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
