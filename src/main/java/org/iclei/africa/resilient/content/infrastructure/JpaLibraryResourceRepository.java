package org.iclei.africa.resilient.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iclei.africa.resilient.content.domain.LibraryQuery;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.LibraryResourceRepository;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.content.domain.StoredFile;
import org.iclei.africa.resilient.content.domain.Topic;
import org.iclei.africa.resilient.content.domain.TopicRepository;

/**
 * {@link LibraryResourceRepository} with the named queries of {@link LibraryResource}; a search is one JPQL
 * query whose conditions are the filters a {@link LibraryQuery} sets (every value is a bound parameter).
 */
@ApplicationScoped
public class JpaLibraryResourceRepository implements LibraryResourceRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    TopicRepository topics;

    @Override
    public long count(LibraryQuery query) {
        return filtered(query, "select count(r) from LibraryResource r", "", Long.class)
                .map(TypedQuery::getSingleResult).orElse(0L);
    }

    @Override
    public List<LibraryResource> search(LibraryQuery query) {
        return filtered(query, "select r from LibraryResource r", " order by coalesce(r.publishedYear, 0) desc, r.title, r.id",
                LibraryResource.class)
                .map(q -> q.setFirstResult(query.offset()).setMaxResults(LibraryQuery.PAGE_SIZE).getResultList())
                .orElse(List.of());
    }

    @Override
    public List<LibraryResource> latest(int howMany) {
        return em.createNamedQuery("LibraryResource.latest", LibraryResource.class).setMaxResults(howMany).getResultList();
    }

    @Override
    public List<LibraryResource> byCity(PioneerCity city) {
        return em.createNamedQuery("LibraryResource.byCity", LibraryResource.class).setParameter("city", city).getResultList();
    }

    @Override
    public Optional<LibraryResource> find(long id) {
        return Optional.ofNullable(em.find(LibraryResource.class, id));
    }

    @Override
    public Optional<StoredFile> file(long fileId) {
        return Optional.ofNullable(em.find(StoredFile.class, fileId));
    }

    @Override
    public List<LibraryResource> all() {
        return em.createNamedQuery("LibraryResource.findAll", LibraryResource.class).getResultList();
    }

    @Override
    public List<LibraryResource> filedUnder(Topic topic) {
        return em.createNamedQuery("LibraryResource.filedUnder", LibraryResource.class).setParameter("topic", topic).getResultList();
    }

    @Override
    public long countByTopic(Topic topic) {
        return em.createNamedQuery("LibraryResource.countByTopic", Long.class).setParameter("topic", topic).getSingleResult();
    }

    @Override
    public void add(LibraryResource resource) {
        em.persist(resource);
    }

    @Override
    public void remove(LibraryResource resource) {
        Long fileId = resource.getFileId();
        em.remove(resource);
        if (fileId != null) {
            removeFile(fileId);
        }
    }

    @Override
    public void addFile(StoredFile file) {
        em.persist(file);
        em.flush();
    }

    @Override
    public void removeFile(long fileId) {
        em.flush(); // the resource no longer refers to the file in the database before the file goes
        em.createNamedQuery("StoredFile.delete").setParameter("id", fileId).executeUpdate();
    }

    @Override
    public void countDownload(long id) {
        em.createNamedQuery("LibraryResource.countDownload").setParameter("id", id).executeUpdate();
    }

    /** The query with the filters of {@code query}; empty when it names a topic that does not exist (nothing matches). */
    private <T> Optional<TypedQuery<T>> filtered(LibraryQuery query, String select, String order, Class<T> type) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.topic() != null) {
            Optional<Topic> topic = topics.findBySlug(query.topic());
            if (topic.isEmpty()) {
                return Optional.empty();
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
            where.append(" and r.searchText like :w").append(i).append(" escape '\\'");
            parameters.put("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        TypedQuery<T> typed = em.createQuery(select + where + order, type);
        parameters.forEach(typed::setParameter);
        return Optional.of(typed);
    }

    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
