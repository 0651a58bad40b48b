package org.iclei.africa.resilient.web.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iclei.africa.resilient.content.application.PioneerService;
import org.iclei.africa.resilient.content.domain.Localized;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.content.domain.PioneerCityText;
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/** The list of pioneer cities at /pioneers. */
@Named
@RequestScoped
public class PioneersBacking {

    @Inject
    PioneerService pioneers;

    @Inject
    VisitorLanguage language;

    private List<PioneerCity> cities;

    @PostConstruct
    void load() {
        cities = pioneers.all();
    }

    public List<PioneerCity> getCities() {
        return cities;
    }

    /** A city's texts in the visitor's language, or in English (marked as fallback); null if it has none. */
    public Localized<PioneerCityText> text(PioneerCity city) {
        return city.text(language.getCode()).orElse(null);
    }
}
