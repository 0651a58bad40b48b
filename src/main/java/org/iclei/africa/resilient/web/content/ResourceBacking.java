package org.iclei.africa.resilient.web.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.Topic;
import org.omnifaces.util.Faces;

/** One library resource at /library/resource/&lt;id&gt; (the resource comes from {@link ResourcePageServlet}). */
@Named("resourcePage")
@RequestScoped
public class ResourceBacking {

    private LibraryResource resource;
    private List<Topic> topics;

    @PostConstruct
    void load() {
        resource = Faces.getRequestAttribute(ResourcePageServlet.RESOURCE);
        if (resource == null) {
            throw new IllegalStateException("The resource page is shown only through /library/resource/<id>");
        }
        topics = resource.getTopics().stream().sorted(Comparator.comparing(Topic::getSlug)).toList();
    }

    public LibraryResource getResource() {
        return resource;
    }

    public List<Topic> getTopics() {
        return topics;
    }
}
