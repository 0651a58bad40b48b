package org.iclei.africa.resilient.web.admin.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iclei.africa.resilient.admin.application.ContentAdministration;
import org.iclei.africa.resilient.shared.Languages;
import org.iclei.africa.resilient.web.admin.AdminPage;

/** /admin/content: every page text and every step's texts, with what is written and what is not translated yet in each language. */
@Named("contentList")
@RequestScoped
public class ListContentBacking extends AdminPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContentAdministration content;

    private List<ContentAdministration.Entry> entries;

    @PostConstruct
    void load() {
        entries = content.overview();
    }

    public List<ContentAdministration.Entry> getEntries() {
        return entries;
    }

    public List<String> getLanguages() {
        return Languages.SUPPORTED;
    }

    /** The name of an entry: the page's menu name (or its English title), or the step's number and name. */
    public String name(ContentAdministration.Entry entry) {
        if ("step".equals(entry.kind())) {
            return text("admin.content.stepName", entry.step(), text("step." + entry.step() + ".name"));
        }
        String key = "nav." + entry.slug();
        return bundle().containsKey(key) ? bundle().getString(key) : entry.title().isEmpty() ? entry.slug() : entry.title();
    }

    /** "2 check items in English", for a language whose step items are not all translated. */
    public String itemsInEnglish(int count) {
        return text("admin.content.state.itemsInEnglish", count);
    }
}
