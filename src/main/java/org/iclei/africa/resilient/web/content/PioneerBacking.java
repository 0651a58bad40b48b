package org.iclei.africa.resilient.web.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.iclei.africa.resilient.content.application.PioneerService;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.Localized;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.content.domain.PioneerCityText;
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/** One pioneer city at /pioneers/&lt;slug&gt; (the city comes from {@link PioneerPageServlet}). */
@Named
@RequestScoped
public class PioneerBacking {

    @Inject
    HttpServletRequest request;

    @Inject
    PioneerService pioneers;

    @Inject
    VisitorLanguage language;

    private PioneerCity city;
    private Localized<PioneerCityText> text;
    private List<LibraryResource> resources;

    @PostConstruct
    void load() {
        city = (PioneerCity) request.getAttribute(PioneerPageServlet.CITY);
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
