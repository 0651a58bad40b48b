package org.iclei.africa.resilient.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.iclei.africa.resilient.shared.Languages;
import org.iclei.africa.resilient.shared.BaseEntity;

/**
 * A document, guide, case study or link in the public library. It is either a stored file
 * (name, content type, size, and the id of its {@link StoredFile}) or an external URL.
 */
@Entity
@Table(name = "library_resource")
@NamedQuery(name = "LibraryResource.latest", query = "select r from LibraryResource r order by r.createdAt desc, r.id desc")
@NamedQuery(name = "LibraryResource.byCity", query = "select r from LibraryResource r where r.city = :city order by r.publishedYear desc, r.title")
@NamedQuery(name = "LibraryResource.findAll", query = "select r from LibraryResource r order by r.title, r.id")
@NamedQuery(name = "LibraryResource.filedUnder", query = "select r from LibraryResource r where :topic member of r.topics")
@NamedQuery(name = "LibraryResource.countByTopic", query = "select count(r) from LibraryResource r where :topic member of r.topics")
@NamedQuery(name = "LibraryResource.countDownload",
        query = "update LibraryResource r set r.downloadCount = r.downloadCount + 1 where r.id = :id")
public class LibraryResource extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int SEARCH_TEXT_LENGTH = 4000;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "resource_type", nullable = false, length = 16)
    private ResourceType type;

    @Column(nullable = false, length = 8)
    private String language;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "city_id")
    private PioneerCity city;

    @Column(name = "published_year")
    private Integer publishedYear;

    @Column(name = "external_url", length = 1000)
    private String externalUrl;

    @Column(name = "file_id")
    private Long fileId;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "download_count", nullable = false)
    private long downloadCount;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "library_resource_topic",
            joinColumns = @JoinColumn(name = "resource_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @OrderBy("slug")
    private Set<Topic> topics = new LinkedHashSet<>();

    /**
     * What a search compares its words with ({@link SearchText}): title, summary, city and the names of the
     * topics in every language, lower case without accents. Kept up to date by every change made through
     * this class and before each write; {@code null} only in rows written before it existed (filled at start-up).
     */
    @Column(name = "search_text", length = SEARCH_TEXT_LENGTH)
    private String searchText;

    protected LibraryResource() {
        // for JPA
    }

    public LibraryResource(String title, String summary, ResourceType type, String language, Integer publishedYear) {
        this.title = Objects.requireNonNull(title);
        this.summary = Objects.requireNonNull(summary);
        this.type = Objects.requireNonNull(type);
        this.language = Objects.requireNonNull(language);
        this.publishedYear = publishedYear;
        refreshSearchText();
    }

    /** Makes this resource a link to a page elsewhere. */
    public void linkTo(String url) {
        this.externalUrl = Objects.requireNonNull(url);
        this.fileId = null;
        this.fileName = null;
        this.contentType = null;
        this.fileSize = null;
    }

    /** Makes this resource a download of the given stored file. */
    public void attach(StoredFile file, String name, String type, long size) {
        this.fileId = Objects.requireNonNull(file.getId(), "persist the file first");
        this.fileName = Objects.requireNonNull(name);
        this.contentType = Objects.requireNonNull(type);
        this.fileSize = size;
        this.externalUrl = null;
    }

    /** Changes what the resource says about itself (the back office's form). */
    public void describe(String title, String summary, ResourceType type, String language, Integer publishedYear) {
        this.title = Objects.requireNonNull(title);
        this.summary = Objects.requireNonNull(summary);
        this.type = Objects.requireNonNull(type);
        this.language = Objects.requireNonNull(language);
        this.publishedYear = publishedYear;
        refreshSearchText();
    }

    /** Files the resource under exactly these topics. */
    public void fileUnder(Collection<Topic> chosen) {
        topics.clear();
        topics.addAll(chosen);
        refreshSearchText();
    }

    public void setCity(PioneerCity city) {
        this.city = city;
        refreshSearchText();
    }

    public void addTopic(Topic topic) {
        topics.add(topic);
        refreshSearchText();
    }

    /**
     * Recomputes the stored search text from the title, summary, city and topics' names (a topic renamed
     * since is caught up here).
     *
     * @return true when it changed
     */
    public boolean refreshSearchText() {
        Stream<String> topicNames = topics.stream()
                .flatMap(topic -> Stream.concat(Stream.of(topic.getSlug()), Languages.SUPPORTED.stream().map(topic::name)));
        String fresh = SearchText.of(SEARCH_TEXT_LENGTH, Stream.concat(
                Stream.of(title, summary, city == null ? null : city.getName()), topicNames));
        boolean changed = !fresh.equals(searchText);
        searchText = fresh;
        return changed;
    }

    @PrePersist
    @PreUpdate
    void searchTextBeforeWrite() {
        refreshSearchText();
    }

    public String getSearchText() {
        return searchText;
    }

    public boolean isDownload() {
        return fileId != null;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public ResourceType getType() {
        return type;
    }

    public String getLanguage() {
        return language;
    }

    public PioneerCity getCity() {
        return city;
    }

    public Integer getPublishedYear() {
        return publishedYear;
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public Long getFileId() {
        return fileId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getFileSize() {
        return fileSize;
    }

    public long getDownloadCount() {
        return downloadCount;
    }

    public Set<Topic> getTopics() {
        return Set.copyOf(topics);
    }
}
