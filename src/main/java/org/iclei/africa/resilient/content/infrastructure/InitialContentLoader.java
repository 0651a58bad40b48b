package org.iclei.africa.resilient.content.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.content.domain.CountryNames;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.LocalizedName;
import org.iclei.africa.resilient.content.domain.PageContent;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.content.domain.ResourceType;
import org.iclei.africa.resilient.content.domain.StoredFile;
import org.iclei.africa.resilient.content.domain.Supporter;
import org.iclei.africa.resilient.content.domain.SupporterKind;
import org.iclei.africa.resilient.content.domain.Topic;
import org.iclei.africa.resilient.shared.JsonResources;

/**
 * Fills an empty database. Always, from {@code content/real-content.json}: the 54 African countries ({@link CountryNames},
 * named by the JDK), the topics, the page texts (About, Contacts, the terms and privacy notice, …), the five pioneer
 * cities of the 2009–2012 network, the supporters and the library's links to real sites. Only with demonstration
 * content ({@code PORTAL_DEMO}, default true), from {@code demo/content.json}: library resources invented for
 * demonstration, with small generated files. A database that already has countries is never touched, so
 * administrators' edits are safe across restarts.
 */
@Stateless
public class InitialContentLoader {

    private static final Logger LOG = Logger.getLogger(InitialContentLoader.class.getName());
    static final String REAL = "/content/real-content.json";
    static final String DEMO = "/demo/content.json";

    @PersistenceContext
    EntityManager em;

    /** @return true when the database was empty and has been filled */
    public boolean loadIfEmpty(boolean withDemo) {
        long countries = em.createNamedQuery("Country.count", Long.class).getSingleResult();
        if (countries > 0) {
            return false;
        }
        JsonObject content = JsonResources.read(REAL);
        Map<String, Country> countryByCode = new HashMap<>();
        for (String code : CountryNames.AFRICAN_UN_MEMBERS) {
            Country country = Country.standard(code);
            em.persist(country);
            countryByCode.put(country.getCode(), country);
        }
        Map<String, Topic> topicBySlug = new HashMap<>();
        for (JsonObject t : content.getJsonArray("topics").getValuesAs(JsonObject.class)) {
            Topic topic = new Topic(t.getString("slug"), names(t.getJsonObject("names")));
            em.persist(topic);
            topicBySlug.put(topic.getSlug(), topic);
        }
        loadPages(content);
        Map<String, PioneerCity> cityBySlug = loadPioneers(content, countryByCode);
        loadSupporters(content);
        int resources = loadResources(content, topicBySlug, cityBySlug);
        LOG.info(() -> "Portal content loaded: " + cityBySlug.size() + " pioneer cities, " + resources + " library links");
        if (!withDemo) {
            LOG.info("No demonstration resources: demo content skipped (PORTAL_DEMO=false)");
            return true;
        }
        int invented = loadResources(JsonResources.read(DEMO), topicBySlug, cityBySlug);
        LOG.info(() -> "Demo content loaded: " + invented + " demonstration resources");
        return true;
    }

    /**
     * Brings every library resource's stored search text up to date: rows written before it existed (V19) and
     * resources whose topic or city has been renamed since. A few hundred rows at most, once per start.
     *
     * @return how many resources changed
     */
    public int refreshLibrarySearchText() {
        int changed = 0;
        for (LibraryResource resource : em.createNamedQuery("LibraryResource.findAll", LibraryResource.class).getResultList()) {
            if (resource.refreshSearchText()) {
                changed++;
            }
        }
        return changed;
    }

    /**
     * Adds the page texts of the real content whose page a database filled before it does not have at all (e.g. the
     * terms and privacy page, on an installation older than it); a page that exists, in any language, is left to the
     * administrators.
     *
     * @return the slugs of the pages added
     */
    public List<String> addMissingPages() {
        JsonObject content = JsonResources.read(REAL);
        List<String> added = new ArrayList<>();
        for (JsonObject page : content.getJsonArray("pages").getValuesAs(JsonObject.class)) {
            String slug = page.getString("slug");
            if (em.createNamedQuery("PageContent.findBySlug", PageContent.class).setParameter("slug", slug).getResultList().isEmpty()) {
                loadPage(page);
                added.add(slug);
            }
        }
        return added;
    }

    private void loadPages(JsonObject content) {
        for (JsonObject page : content.getJsonArray("pages").getValuesAs(JsonObject.class)) {
            loadPage(page);
        }
    }

    private void loadPage(JsonObject page) {
        JsonObject texts = page.getJsonObject("texts");
        for (String language : texts.keySet()) {
            JsonObject text = texts.getJsonObject(language);
            em.persist(new PageContent(page.getString("slug"), language, text.getString("title"),
                    text.getString("summary"), HtmlSanitizer.sanitize(text.getString("body"))));
        }
    }

    private Map<String, PioneerCity> loadPioneers(JsonObject content, Map<String, Country> countries) {
        Map<String, PioneerCity> cities = new HashMap<>();
        for (JsonObject p : content.getJsonArray("pioneers").getValuesAs(JsonObject.class)) {
            PioneerCity city = new PioneerCity(p.getString("slug"), p.getString("name"),
                    countries.get(p.getString("country")), p.getInt("order"));
            city.describe(p.getJsonNumber("population").longValue(), decimal(p, "latitude"), decimal(p, "longitude"),
                    p.getInt("yearJoined"), p.getString("photo"));
            JsonObject texts = p.getJsonObject("texts");
            for (String language : texts.keySet()) {
                JsonObject t = texts.getJsonObject(language);
                city.putText(language, t.getString("summary"), HtmlSanitizer.sanitize(t.getString("story")),
                        HtmlSanitizer.sanitize(t.getString("risks")), HtmlSanitizer.sanitize(t.getString("lessons")),
                        t.getString("photoAlt"));
            }
            em.persist(city);
            cities.put(city.getSlug(), city);
        }
        return cities;
    }

    private void loadSupporters(JsonObject content) {
        for (JsonObject s : content.getJsonArray("supporters").getValuesAs(JsonObject.class)) {
            Supporter supporter = new Supporter(s.getString("name"), SupporterKind.valueOf(s.getString("kind")),
                    s.getString("website", null), s.getString("logo", null), s.getInt("order"));
            JsonObject descriptions = s.getJsonObject("descriptions");
            descriptions.keySet().forEach(language -> supporter.putDescription(language, descriptions.getString(language)));
            em.persist(supporter);
        }
    }

    private int loadResources(JsonObject content, Map<String, Topic> topics, Map<String, PioneerCity> cities) {
        int count = 0;
        for (JsonObject r : content.getJsonArray("resources").getValuesAs(JsonObject.class)) {
            LibraryResource resource = new LibraryResource(r.getString("title"), r.getString("summary"),
                    ResourceType.valueOf(r.getString("type")), r.getString("language"),
                    r.isNull("year") ? null : r.getInt("year"));
            if (r.containsKey("city") && !r.isNull("city")) {
                resource.setCity(cities.get(r.getString("city")));
            }
            r.getJsonArray("topics").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(slug -> topics.get(slug.getString()))
                    .filter(java.util.Objects::nonNull)
                    .forEach(resource::addTopic);
            if (r.containsKey("file") && r.get("file").getValueType() == JsonValue.ValueType.OBJECT) {
                JsonObject f = r.getJsonObject("file");
                byte[] bytes = f.getString("text").getBytes(StandardCharsets.UTF_8);
                StoredFile file = new StoredFile(bytes);
                em.persist(file);
                em.flush();
                resource.attach(file, f.getString("name"), f.getString("contentType"), bytes.length);
            } else {
                resource.linkTo(r.getString("url"));
            }
            em.persist(resource);
            count++;
        }
        return count;
    }

    private static LocalizedName names(JsonObject names) {
        return new LocalizedName(names.getString("en"), names.getString("fr", null), names.getString("pt", null));
    }

    private static BigDecimal decimal(JsonObject object, String key) {
        return object.isNull(key) ? null : object.getJsonNumber(key).bigDecimalValue();
    }
}
