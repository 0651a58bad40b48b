package org.iclei.africa.resilient.content.domain;

import java.util.List;
import java.util.Optional;

/** The topics library resources are filed under. */
public interface TopicRepository {

    /** Every topic, by slug. */
    List<Topic> all();

    Optional<Topic> findBySlug(String slug);

    Optional<Topic> find(long id);

    void add(Topic topic);

    void remove(Topic topic);
}
