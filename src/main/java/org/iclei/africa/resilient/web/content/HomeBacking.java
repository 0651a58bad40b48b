package org.iclei.africa.resilient.web.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;
import org.iclei.africa.resilient.content.application.LibraryService;
import org.iclei.africa.resilient.content.application.PioneerService;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.Localized;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.content.domain.PioneerCityText;
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/** The home page: the pioneer cities, the latest resources and the eight steps at a glance. */
@Named
@RequestScoped
public class HomeBacking {

    static final int LATEST = 4;

    @Inject
    PioneerService pioneers;

    @Inject
    VisitorLanguage language;

    @Inject
    LibraryService library;

    private List<PioneerCity> cities;
    private List<LibraryResource> latest;

    @PostConstruct
    void load() {
        cities = pioneers.all();
        latest = library.latest(LATEST);
    }

    public List<PioneerCity> getCities() {
        return cities;
    }

    /** A city's texts in the visitor's language, or in English (marked as fallback); null if it has none. */
    public Localized<PioneerCityText> text(PioneerCity city) {
        return city.text(language.getCode()).orElse(null);
    }

    public List<LibraryResource> getLatest() {
        return latest;
    }

    /** 1 to 8, for the steps at a glance (their names are in the i18n bundle: step.N.name). */
    public List<Integer> getSteps() {
        return IntStream.rangeClosed(1, 8).boxed().toList();
    }
}
