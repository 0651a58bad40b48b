package org.iclei.africa.resilient.web.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iclei.africa.resilient.content.application.SupporterService;
import org.iclei.africa.resilient.content.domain.Localized;
import org.iclei.africa.resilient.content.domain.Supporter;
import org.iclei.africa.resilient.content.domain.SupporterText;
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/** The supporters at /supporters, in display order. */
@Named
@RequestScoped
public class SupportersBacking {

    @Inject
    SupporterService supporters;

    @Inject
    VisitorLanguage language;

    private List<Supporter> all;

    @PostConstruct
    void load() {
        all = supporters.all();
    }

    public List<Supporter> getSupporters() {
        return all;
    }

    /** The supporter's description in the visitor's language, or in English (marked as fallback); null if none. */
    public Localized<SupporterText> describe(Supporter supporter) {
        return supporter.description(language.getCode()).orElse(null);
    }
}
