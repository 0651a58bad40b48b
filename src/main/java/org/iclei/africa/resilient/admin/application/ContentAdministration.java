package org.iclei.africa.resilient.admin.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.content.domain.HtmlCleaner;
import org.iclei.africa.resilient.content.domain.PageContent;
import org.iclei.africa.resilient.content.domain.PageContentRepository;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.Languages;
import org.iclei.africa.resilient.tool.domain.CheckItem;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.StepGuide;
import org.iclei.africa.resilient.tool.domain.StepRepository;

/**
 * The public pages' texts administrators edit, in each language ({@link PageContent}), and the overview of every
 * text of the portal (pages and steps) with what is not translated yet; the steps' own texts are edited through
 * {@link StepGuideAdministration}. A missing translation is offered with the English text as its starting point;
 * saving it creates the translation. HTML is cleaned ({@link HtmlCleaner}) before it is stored, every save checks the
 * version the form was filled from, and every change is written to the audit log with the fields it changed; that
 * also drops the rendered public pages kept in memory ({@code shared.ContentRevision}), so a saved text shows at once
 * (on the other nodes of a cluster within a second).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ContentAdministration {

    /** The public pages that have an administrator-written text (each page's slug). */
    public static final List<String> PAGES = List.of("home", "tool", "pioneers", "supporters", "library", "register", "about", "contacts", "privacy");

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    public static final int PAGE_BODY_MAX = 40000;

    static final String PAGE = "page";

    @Inject
    PageContentRepository pages;

    @Inject
    StepRepository steps;

    @Inject
    HtmlCleaner cleaner;

    @Inject
    AuditLog audit;

    /** One line of the content table: a page or a step, and where each language stands. */
    public record Entry(String kind, String slug, int step, String title, List<LanguageState> languages) {

        public String getKind() {
            return kind;
        }

        public String getSlug() {
            return slug;
        }

        public int getStep() {
            return step;
        }

        public String getTitle() {
            return title;
        }

        public List<LanguageState> getLanguages() {
            return languages;
        }
    }

    /**
     * Whether a text is written in a language ({@code written}; else the English text is shown), and for a step
     * how many of its check items still show their English text there.
     */
    public record LanguageState(String language, boolean written, int untranslatedItems) {

        public String getLanguage() {
            return language;
        }

        public boolean isWritten() {
            return written;
        }

        public int getUntranslatedItems() {
            return untranslatedItems;
        }

        public boolean isComplete() {
            return written && untranslatedItems == 0;
        }
    }

    /** A page's text in a language as the editor starts from: the translation, or else the English text (version 0). */
    public record PageDraft(String slug, String language, String title, String summary, String body, long version, boolean translated) {
    }

    /** What an administrator saved for a page in a language; {@code version} as the form was filled (0 or null: a new translation). */
    public record PageForm(String title, String summary, String body, Long version) {
    }

    /** Every page and every step, with the state of each language. */
    public List<Entry> overview() {
        Map<String, Map<String, PageContent>> texts = pages.findAll().stream()
                .collect(Collectors.groupingBy(PageContent::getSlug, Collectors.toMap(PageContent::getLanguage, Function.identity())));
        Set<String> slugs = new LinkedHashSet<>(PAGES);
        texts.keySet().stream().sorted().forEach(slugs::add);
        List<Entry> entries = new ArrayList<>();
        for (String slug : slugs) {
            Map<String, PageContent> page = texts.getOrDefault(slug, Map.of());
            PageContent english = page.get(Languages.DEFAULT);
            List<LanguageState> states = Languages.SUPPORTED.stream().map(l -> new LanguageState(l, page.containsKey(l), 0)).toList();
            entries.add(new Entry(PAGE, slug, 0, english == null ? "" : english.getTitle(), states));
        }
        Map<Integer, Set<String>> guides = steps.guides().stream()
                .collect(Collectors.groupingBy(StepGuide::getStep, Collectors.mapping(StepGuide::getLanguage, Collectors.toSet())));
        Map<Integer, List<CheckItem>> items = steps.allCheckItems().stream().collect(Collectors.groupingBy(CheckItem::getStep));
        for (ProcessStep step : ProcessStep.values()) {
            Set<String> written = guides.getOrDefault(step.number(), Set.of());
            List<CheckItem> list = items.getOrDefault(step.number(), List.of());
            List<LanguageState> states = Languages.SUPPORTED.stream().map(l -> new LanguageState(l, written.contains(l),
                    (int) list.stream().filter(i -> !i.isTranslated(l)).count())).toList();
            entries.add(new Entry("step", step.slug(), step.number(), "", states));
        }
        return entries;
    }

    public PageDraft page(String slug, String language) {
        RecordChecks.language(language);
        Optional<PageContent> text = pages.find(slug, language);
        if (text.isPresent()) {
            PageContent p = text.get();
            return new PageDraft(slug, language, p.getTitle(), p.getSummary(), p.getBody(), p.getVersion(), true);
        }
        if (!PAGES.contains(slug) && pages.findBySlug(slug).isEmpty()) {
            throw new BusinessException("admin.notFound");
        }
        return pages.find(slug, Languages.DEFAULT)
                .map(en -> new PageDraft(slug, language, en.getTitle(), en.getSummary(), en.getBody(), 0, false))
                .orElseGet(() -> new PageDraft(slug, language, "", "", "", 0, false));
    }

    /** Saves a page's text in a language (creating the translation when there is none yet); returns the stored body. */
    public String savePage(String slug, String language, PageForm form) {
        RecordChecks.language(language);
        if (!PAGES.contains(slug) && pages.findBySlug(slug).isEmpty()) {
            throw new BusinessException("admin.notFound");
        }
        String title = RecordChecks.stripped(form.title());
        String summary = RecordChecks.stripped(form.summary());
        String body = cleaner.clean(form.body());
        if (title.isEmpty()) {
            throw new BusinessException("admin.content.titleRequired");
        }
        RecordChecks.limit(title, TITLE_MAX, "admin.content.titleTooLong");
        RecordChecks.limit(summary, SUMMARY_MAX, "admin.content.summaryTooLong");
        RecordChecks.limit(body, PAGE_BODY_MAX, "admin.content.bodyTooLong");
        String label = slug + " (" + language + ")";
        Optional<PageContent> stored = pages.find(slug, language);
        if (stored.isPresent()) {
            PageContent page = stored.get();
            audit.checkVersion(PAGE, page.getId(), page.getVersion(), form.version());
            Changes changes = new Changes().field("title", page.getTitle(), title).field("summary", page.getSummary(), summary)
                    .field("body", page.getBody(), body);
            if (!changes.isEmpty()) {
                page.edit(title, summary, body);
                audit.record("page.update", PAGE, page.getId(), label, changes);
            }
        } else {
            PageContent page = new PageContent(slug, language, title, summary, body);
            pages.add(page);
            audit.record("page.create", PAGE, page.getId(), label,
                    new Changes().field("title", null, title).field("summary", null, summary).field("body", null, body));
        }
        return body;
    }

    /** The HTML as it would be stored: what the preview shows. Saves nothing. */
    public String preview(String html) {
        return cleaner.clean(html);
    }
}
