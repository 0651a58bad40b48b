package org.iclei.africa.resilient.web.admin.content;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iclei.africa.resilient.admin.application.ContentAdministration;
import org.iclei.africa.resilient.admin.application.ContentAdministration.PageDraft;
import org.iclei.africa.resilient.admin.application.ContentAdministration.PageForm;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.web.admin.AdminPage;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * /admin/content/page?slug=about&amp;lang=fr: a page's title, summary and body in one language, with a preview of
 * the body as it will be stored. A missing translation starts from the English text and says so. The form carries
 * the version it was filled from, so a save over someone else's newer text is refused.
 */
@Named("pageEditor")
@ViewScoped
public class EditPageTextBacking extends AdminPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContentAdministration content;

    @Inject
    @Param(name = "slug")
    String slug;

    @Inject
    @Param(name = "lang")
    String lang;

    private boolean found;
    private boolean translated;
    private String title;
    private String summary;
    private String body;
    private Long version;
    private String previewHtml;

    @PostConstruct
    void load() {
        try {
            PageDraft draft = content.page(slug, lang);
            found = true;
            translated = draft.translated();
            title = draft.title();
            summary = draft.summary();
            body = draft.body();
            version = draft.version();
        } catch (BusinessException e) {
            found = false; // the view says so (the page's messages are already written when this bean starts)
        }
    }

    public void preview() {
        previewHtml = content.preview(body);
    }

    public void save() {
        if (found && act(() -> content.savePage(slug, lang, new PageForm(title, summary, body, version)), "admin.content.saved")) {
            Faces.redirect("admin/content/page?slug=%s&lang=%s", slug, lang);
        }
    }

    public String pageName() {
        String key = "nav." + slug;
        return bundle().containsKey(key) ? bundle().getString(key) : slug;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isTranslated() {
        return translated;
    }

    public String getSlug() {
        return slug;
    }

    public String getLang() {
        return lang;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getPreviewHtml() {
        return previewHtml;
    }

    public int getTitleMax() {
        return ContentAdministration.TITLE_MAX;
    }

    public int getSummaryMax() {
        return ContentAdministration.SUMMARY_MAX;
    }
}
