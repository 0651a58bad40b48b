package org.iclei.africa.resilient.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.content.domain.Topic;
import org.iclei.africa.resilient.content.domain.TopicRepository;

/** {@link TopicRepository} with the named queries of {@link Topic}. */
@ApplicationScoped
public class JpaTopicRepository implements TopicRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Topic> all() {
        return em.createNamedQuery("Topic.findAll", Topic.class).getResultList();
    }

    @Override
    public Optional<Topic> findBySlug(String slug) {
        return em.createNamedQuery("Topic.findBySlug", Topic.class).setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public Optional<Topic> find(long id) {
        return Optional.ofNullable(em.find(Topic.class, id));
    }

    @Override
    public void add(Topic topic) {
        em.persist(topic);
    }

    @Override
    public void remove(Topic topic) {
        em.remove(topic);
    }
}
