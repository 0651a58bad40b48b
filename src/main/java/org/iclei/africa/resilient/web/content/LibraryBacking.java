package org.iclei.africa.resilient.web.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.iclei.africa.resilient.content.application.LibraryPage;
import org.iclei.africa.resilient.content.domain.LibraryQuery;
import org.iclei.africa.resilient.content.application.LibraryService;
import org.iclei.africa.resilient.content.application.PioneerService;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.content.domain.ResourceType;
import org.iclei.africa.resilient.content.domain.Topic;
import org.iclei.africa.resilient.shared.Languages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * The resource library at /library. Every filter is a URL parameter ({@code q, topic, type, lang, city, page}),
 * so results can be bookmarked, reloaded and used without JavaScript.
 */
@Named("library")
@RequestScoped
public class LibraryBacking {

    @Inject
    @Param(name = "q")
    String text;

    @Inject
    @Param(name = "topic")
    String topic;

    @Inject
    @Param(name = "type")
    String type;

    @Inject
    @Param(name = "lang")
    String lang;

    @Inject
    @Param(name = "city")
    String city;

    @Inject
    @Param(name = "page")
    String page;

    @Inject
    LibraryService library;

    @Inject
    PioneerService pioneers;

    private LibraryQuery query;
    private LibraryPage results;
    private List<Topic> topics;
    private List<PioneerCity> cities;

    @PostConstruct
    void load() {
        query = LibraryQuery.of(text, topic, type, lang, city, page);
        results = library.search(query);
        topics = library.topics();
        cities = pioneers.all();
    }

    public LibraryQuery getQuery() {
        return query;
    }

    public LibraryPage getResults() {
        return results;
    }

    public List<Topic> getTopics() {
        return topics;
    }

    public List<PioneerCity> getCities() {
        return cities;
    }

    public List<ResourceType> getTypes() {
        return List.of(ResourceType.values());
    }

    public List<String> getLanguages() {
        return Languages.SUPPORTED;
    }

    /** The address of another page of the same results. */
    public String pageUrl(int page) {
        List<String> parameters = new ArrayList<>();
        add(parameters, "q", query.text().isEmpty() ? null : query.text());
        add(parameters, "topic", query.topic());
        add(parameters, "type", query.type() == null ? null : query.type().name());
        add(parameters, "lang", query.language());
        add(parameters, "city", query.city());
        if (page > 1) {
            add(parameters, "page", String.valueOf(page));
        }
        return Faces.getRequestContextPath() + "/library" + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }

    private static void add(List<String> parameters, String name, String value) {
        if (value != null) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
