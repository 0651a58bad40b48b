package org.iclei.africa.resilient.tool.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.iclei.africa.resilient.content.infrastructure.HtmlSanitizer;
import org.iclei.africa.resilient.tool.domain.CheckItem;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.StepGuide;
import org.iclei.africa.resilient.shared.JsonResources;

/**
 * Gives an empty database the guidance, pioneers' examples and self-check items of the eight steps, in
 * English, French and Portuguese, from {@code tool/steps.json}. They are part of the tool, not demo
 * content, so they are loaded even with {@code PORTAL_DEMO=false}; once loaded, administrators own them.
 */
@Stateless
public class StepGuideLoader {

    private static final Logger LOG = Logger.getLogger(StepGuideLoader.class.getName());
    static final String SOURCE = "/tool/steps.json";

    @PersistenceContext
    EntityManager em;

    /** @return true when the guides were loaded now */
    public boolean loadIfEmpty() {
        if (em.createNamedQuery("StepGuide.count", Long.class).getSingleResult() > 0) {
            return false;
        }
        int items = 0;
        for (JsonObject step : read().getJsonArray("steps").getValuesAs(JsonObject.class)) {
            ProcessStep process = ProcessStep.byNumber(step.getInt("number")).orElseThrow();
            JsonObject texts = step.getJsonObject("texts");
            for (String language : texts.keySet()) {
                JsonObject text = texts.getJsonObject(language);
                em.persist(new StepGuide(process, language, HtmlSanitizer.sanitize(text.getString("guidance")),
                        HtmlSanitizer.sanitize(text.getString("examples"))));
            }
            int position = 0;
            for (JsonObject item : step.getJsonArray("checkItems").getValuesAs(JsonObject.class)) {
                em.persist(new CheckItem(process, ++position, item.getString("en"), item.getString("fr", null), item.getString("pt", null)));
                items++;
            }
        }
        int loaded = items;
        LOG.info(() -> "Step guidance loaded with " + loaded + " self-check items");
        return true;
    }

    private static JsonObject read() {
        return JsonResources.read(SOURCE);
    }
}
