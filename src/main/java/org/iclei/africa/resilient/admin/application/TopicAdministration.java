package org.iclei.africa.resilient.admin.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.LibraryResourceRepository;
import org.iclei.africa.resilient.content.domain.Topic;
import org.iclei.africa.resilient.content.domain.TopicRepository;
import org.iclei.africa.resilient.shared.BusinessException;

/**
 * The topics library resources are filed under: a unique slug (the library's {@code ?topic=} filter) and a name in
 * each language. A topic that resources are filed under is not deleted.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class TopicAdministration {

    static final String RECORD = "topic";
    public static final String BAD_SLUG = "admin.topics.badSlug";
    public static final String SLUG_TAKEN = "admin.topics.slugTaken";
    public static final String USAGE = "admin.topics.usage";

    @Inject
    TopicRepository topics;

    @Inject
    LibraryResourceRepository resources;

    @Inject
    AuditLog audit;

    public List<Topic> all() {
        return topics.all();
    }

    public Optional<Topic> find(long id) {
        return topics.find(id);
    }

    /** How many resources are filed under each topic, in the order of {@code list}. */
    public List<Long> usage(List<Topic> list) {
        return list.stream().map(resources::countByTopic).toList();
    }

    /** Adds a topic or saves the changes to one; returns its id. */
    public long save(NameForm form) {
        String slug = form.key().toLowerCase(java.util.Locale.ROOT);
        if (!isSlug(slug)) {
            throw new BusinessException(BAD_SLUG);
        }
        var name = form.name();
        Optional<Topic> same = topics.findBySlug(slug);
        if (same.isPresent() && !same.get().getId().equals(form.id())) {
            throw new BusinessException(SLUG_TAKEN, slug);
        }
        if (form.id() == null) {
            Topic topic = new Topic(slug, name);
            topics.add(topic);
            audit.record("topic.create", RECORD, topic.getId(), slug,
                    new Changes().field("slug", null, slug).field("name", null, name));
            return topic.getId();
        }
        Topic topic = topics.find(form.id()).orElseThrow(() -> new BusinessException("admin.notFound"));
        audit.checkVersion(RECORD, topic.getId(), topic.getVersion(), form.version());
        Changes changes = new Changes().field("slug", topic.getSlug(), slug).field("name", topic.getName(), name);
        topic.rename(slug, name);
        resources.filedUnder(topic).forEach(LibraryResource::refreshSearchText); // a search finds them by the new names
        audit.record("topic.update", RECORD, topic.getId(), slug, changes);
        return topic.getId();
    }

    /** Deletes a topic that no resource is filed under. */
    public void delete(long id, Long version) {
        Topic topic = topics.find(id).orElseThrow(() -> new BusinessException("admin.notFound"));
        audit.checkVersion(RECORD, id, topic.getVersion(), version);
        InUse.refuseIfUsed(USAGE, resources.countByTopic(topic));
        topics.remove(topic);
        audit.record("topic.delete", RECORD, id, topic.getSlug(),
                new Changes().field("slug", topic.getSlug(), null).field("name", topic.getName(), null));
    }

    /** Lower-case letters, digits and dashes, 1 to 60 characters: what the library's topic filter accepts. */
    public static boolean isSlug(String slug) {
        return slug != null && slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= 60;
    }
}
