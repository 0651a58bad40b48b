package org.iclei.africa.resilient.web.admin.topics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.iclei.africa.resilient.admin.application.TopicAdministration;
import org.iclei.africa.resilient.content.domain.Topic;
import org.iclei.africa.resilient.web.admin.NameFields;
import org.iclei.africa.resilient.web.admin.RecordPage;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /admin/topics}: the topics in a table (how many resources each files), added and changed in a dialog that
 * {@code /admin/topics?edit=<id>} opens, deleted after a confirmation unless resources are filed under them.
 */
@Named("adminTopics")
@ViewScoped
public class TopicsBacking extends RecordPage {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/admin/topics";

    @Inject
    TopicAdministration topics;

    @Inject
    @Param(name = "edit")
    Long edit;

    private List<Row> rows;
    private NameFields fields = NameFields.empty();
    private boolean editing;

    /** A topic with the number of resources filed under it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Topic topic;
        private final long resources;

        Row(Topic topic, long resources) {
            this.topic = topic;
            this.resources = resources;
        }

        public Topic getTopic() {
            return topic;
        }

        public long getResources() {
            return resources;
        }
    }

    @PostConstruct
    void load() {
        List<Topic> all = topics.all();
        List<Long> usage = topics.usage(all);
        rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            rows.add(new Row(all.get(i), usage.get(i)));
        }
        if (edit != null) {
            topics.find(edit).ifPresentOrElse(topic -> {
                fields = NameFields.of(topic.getId(), topic.getVersion(), topic.getSlug(), topic.getName());
                editing = true;
            }, () -> Messages.addGlobalError(text("admin.notFound")));
        }
    }

    /** Opens the dialog empty, for a new topic. */
    public void add() {
        fields = NameFields.empty();
        editing = true;
    }

    public void save() {
        if (act(() -> topics.save(fields.form()), "admin.saved")) {
            Faces.redirect(Faces.getRequestContextPath() + SELF);
        }
    }

    public void delete(Row row) {
        if (act(() -> topics.delete(row.getTopic().getId(), row.getTopic().getVersion()), "admin.deleted")) {
            Faces.redirect(Faces.getRequestContextPath() + SELF);
        }
    }

    /** Deletes the topic open in the dialog. */
    public void deleteOpen() {
        if (act(() -> topics.delete(fields.getId(), fields.getVersion()), "admin.deleted")) {
            Faces.redirect(Faces.getRequestContextPath() + SELF);
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public NameFields getFields() {
        return fields;
    }

    public boolean isEditing() {
        return editing;
    }
}
