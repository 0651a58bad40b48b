package org.iclei.africa.resilient.web.admin.resources;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.admin.application.ResourceAdministration;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.Topic;
import org.iclei.africa.resilient.web.admin.RecordPage;
import org.omnifaces.util.Faces;

/**
 * {@code /admin/resources}: every library resource in a table (sorted and filtered in place) with its type,
 * language, topics, city, file or link and download count; each opens at {@code /admin/resources/resource?id=<id>};
 * a delete asks for confirmation first.
 */
@Named("adminResources")
@ViewScoped
public class ResourcesBacking extends RecordPage {

    private static final long serialVersionUID = 1L;

    @Inject
    ResourceAdministration resources;

    private List<LibraryResource> all;

    @PostConstruct
    void load() {
        all = resources.all();
    }

    public void delete(LibraryResource resource) {
        if (act(() -> resources.delete(resource.getId(), resource.getVersion()), "admin.deleted")) {
            Faces.redirect(Faces.getRequestContextPath() + "/admin/resources");
        }
    }

    /** The slugs of a resource's topics, for the table (and its filter). */
    public String topics(LibraryResource resource) {
        return resource.getTopics().stream().map(Topic::getSlug).sorted().collect(Collectors.joining(", "));
    }

    public List<LibraryResource> getResources() {
        return all;
    }
}
