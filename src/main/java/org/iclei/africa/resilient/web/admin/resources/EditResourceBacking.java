package org.iclei.africa.resilient.web.admin.resources;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.admin.application.ResourceAdministration;
import org.iclei.africa.resilient.admin.application.ResourceAdministration.Upload;
import org.iclei.africa.resilient.admin.application.ResourceForm;
import org.iclei.africa.resilient.admin.application.ResourceForm.Source;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.content.domain.ResourceType;
import org.iclei.africa.resilient.content.domain.Topic;
import org.iclei.africa.resilient.shared.Languages;
import org.iclei.africa.resilient.web.admin.RecordPage;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /admin/resources/resource} (new) and {@code /admin/resources/resource?id=<id>}: one library resource's form —
 * title, summary, type, language, year, city, topics, and either a file (uploaded, checked, replacing the one
 * stored) or an external link (which removes a stored file). The form carries the version it was filled from.
 */
@Named("editResource")
@ViewScoped
public class EditResourceBacking extends RecordPage {

    private static final long serialVersionUID = 1L;

    @Inject
    ResourceAdministration resources;

    @Inject
    @Param(name = "id")
    Long id;

    private LibraryResource resource;
    private boolean missing;
    private List<Topic> topicChoices;
    private List<PioneerCity> cityChoices;

    private Long version;
    private String title;
    private String summary;
    private ResourceType type;
    private String language = Languages.DEFAULT;
    private String city;
    private Integer year;
    private List<String> topics = new ArrayList<>();
    private Source source = Source.FILE;
    private String link;
    private transient Part file;

    @PostConstruct
    void load() {
        topicChoices = resources.topics();
        cityChoices = resources.cities();
        if (id == null) {
            return;
        }
        Optional<LibraryResource> found = resources.find(id);
        if (found.isEmpty()) {
            missing = true;
            return;
        }
        resource = found.get();
        version = resource.getVersion();
        title = resource.getTitle();
        summary = resource.getSummary();
        type = resource.getType();
        language = resource.getLanguage();
        city = resource.getCity() == null ? null : resource.getCity().getSlug();
        year = resource.getPublishedYear();
        topics = new ArrayList<>(resource.getTopics().stream().map(Topic::getSlug).sorted().toList());
        source = resource.isDownload() ? Source.FILE : Source.LINK;
        link = resource.getExternalUrl();
    }

    /** Before the page is rendered: an unknown id is a 404, as for any page that does not exist. */
    public void check() throws IOException {
        if (missing && !Faces.isPostback()) {
            Faces.responseSendError(404, text("admin.notFound"));
            Faces.responseComplete();
        }
    }

    public void save() {
        ResourceForm form = new ResourceForm(id, version, title, summary, type, language, city, year, topics, source, link);
        long[] saved = new long[1];
        if (act(() -> saved[0] = resources.save(form, upload()), "admin.saved")) {
            Faces.redirect(Faces.getRequestContextPath() + "/admin/resources/resource?id=" + saved[0]);
        }
    }

    public void delete() {
        if (act(() -> resources.delete(id, version), "admin.deleted")) {
            Faces.redirect(Faces.getRequestContextPath() + "/admin/resources");
        }
    }

    /** The file sent with the form, or null when none was chosen. */
    private Upload upload() {
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isEmpty()) {
            return null;
        }
        try {
            return new Upload(file.getSubmittedFileName(), file.getSize(), file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isMissing() {
        return missing;
    }

    public LibraryResource getResource() {
        return resource;
    }

    public List<Topic> getTopicChoices() {
        return topicChoices;
    }

    public List<PioneerCity> getCityChoices() {
        return cityChoices;
    }

    public ResourceType[] getTypes() {
        return ResourceType.values();
    }

    public List<String> getLanguages() {
        return Languages.SUPPORTED;
    }

    public Source[] getSources() {
        return Source.values();
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public ResourceType getType() {
        return type;
    }

    public void setType(ResourceType type) {
        this.type = type;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics;
    }

    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
