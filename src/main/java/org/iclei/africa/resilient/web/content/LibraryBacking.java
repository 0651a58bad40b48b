package org.iclei.africa.resilient.web.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.content.application.LibraryPage;
import org.iclei.africa.resilient.content.domain.LibraryQuery;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.application.LibraryService;
import org.iclei.africa.resilient.content.application.PioneerService;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.content.domain.ResourceType;
import org.iclei.africa.resilient.content.domain.Topic;
import org.iclei.africa.resilient.shared.Languages;
import org.iclei.africa.resilient.web.support.VisitorLanguage;
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

    @Inject
    VisitorLanguage language;

    private LibraryQuery query;
    private LibraryPage results;
    private List<Topic> topics;
    private List<PioneerCity> cities;
    private List<Suggestion> suggestions = List.of();
    private List<LibraryResource> otherLanguages = List.of();

    /**
     * When nothing matches: one filter to drop, what it is set to, the address without it and how many
     * resources that address finds.
     *
     * @param kind  text, topic, type, lang or city (the message {@code library.drop.<kind>})
     * @param shown the filter's value as the visitor reads it
     */
    public record Suggestion(String kind, String shown, String url, long count) {
        public String getKind() {
            return kind;
        }

        public String getShown() {
            return shown;
        }

        public String getUrl() {
            return url;
        }

        public long getCount() {
            return count;
        }
    }

    @PostConstruct
    void load() {
        query = LibraryQuery.of(text, topic, type, lang, city, page);
        results = library.search(query);
        topics = library.topics();
        cities = pioneers.all();
        if (results.total() == 0 && query.isFiltered()) {
            suggest();
        }
    }

    /** Nothing matched: the filters to drop, each with its count, and the matches in the other languages. */
    private void suggest() {
        ResourceBundle messages = Faces.getApplication().getResourceBundle(Faces.getContext(), "msg");
        List<Suggestion> found = new ArrayList<>();
        if (!query.text().isEmpty()) {
            found.add(suggestion("text", query.text(), query.withoutText()));
        }
        if (query.topic() != null) {
            String name = topics.stream().filter(t -> t.getSlug().equals(query.topic())).map(t -> t.name(language.getCode()))
                    .findFirst().orElse(query.topic());
            found.add(suggestion("topic", name, query.withoutTopic()));
        }
        if (query.type() != null) {
            found.add(suggestion("type", messages.getString("ResourceType." + query.type().name()), query.withoutType()));
        }
        if (query.language() != null) {
            found.add(suggestion("lang", messages.getString("language." + query.language()), query.withoutLanguage()));
            otherLanguages = library.search(query.withoutLanguage()).items();
        }
        if (query.city() != null) {
            String name = cities.stream().filter(c -> c.getSlug().equals(query.city())).map(PioneerCity::getName)
                    .findFirst().orElse(query.city());
            found.add(suggestion("city", name, query.withoutCity()));
        }
        suggestions = found;
    }

    private Suggestion suggestion(String kind, String shown, LibraryQuery without) {
        return new Suggestion(kind, shown, url(without, 1), library.count(without));
    }

    /** When nothing matched: each filter to drop, with the address without it. */
    public List<Suggestion> getSuggestions() {
        return suggestions;
    }

    /** When nothing matched in the chosen language: the first matches in any language. */
    public List<LibraryResource> getOtherLanguages() {
        return otherLanguages;
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

    /** The address of another page of the same results, scrolled to the results. */
    public String pageUrl(int page) {
        return url(query, page);
    }

    private static String url(LibraryQuery query, int page) {
        List<String> parameters = new ArrayList<>();
        add(parameters, "q", query.text().isEmpty() ? null : query.text());
        add(parameters, "topic", query.topic());
        add(parameters, "type", query.type() == null ? null : query.type().name());
        add(parameters, "lang", query.language());
        add(parameters, "city", query.city());
        if (page > 1) {
            add(parameters, "page", String.valueOf(page));
        }
        return Faces.getRequestContextPath() + "/library" + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters)) + "#results";
    }

    private static void add(List<String> parameters, String name, String value) {
        if (value != null) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
