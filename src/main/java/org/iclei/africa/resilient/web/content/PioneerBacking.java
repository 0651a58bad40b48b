package org.iclei.africa.resilient.web.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iclei.africa.resilient.content.application.PioneerService;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.Localized;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.content.domain.PioneerCityText;
import org.iclei.africa.resilient.web.support.VisitorLanguage;
import org.omnifaces.util.Faces;

/** One pioneer city at /pioneers/&lt;slug&gt; (the city comes from {@link PioneerPageServlet}). */
@Named
@RequestScoped
public class PioneerBacking {

    @Inject
    PioneerService pioneers;

    @Inject
    VisitorLanguage language;

    private PioneerCity city;
    private Localized<PioneerCityText> text;
    private List<LibraryResource> resources;

    @PostConstruct
    void load() {
        city = Faces.getRequestAttribute(PioneerPageServlet.CITY);
        if (city == null) {
            throw new IllegalStateException("The pioneer page is shown only through /pioneers/<slug>");
        }
        text = city.text(language.getCode()).orElse(null);
        resources = pioneers.resourcesOf(city);
    }

    public PioneerCity getCity() {
        return city;
    }

    public Localized<PioneerCityText> getText() {
        return text;
    }

    public List<LibraryResource> getResources() {
        return resources;
    }
}
