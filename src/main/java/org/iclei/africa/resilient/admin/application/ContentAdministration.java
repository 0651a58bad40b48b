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
 * The texts administrators edit, in each language: the public pages' texts ({@link PageContent}) and each
 * step's guidance, pioneers' examples ({@link StepGuide}) and self-check items ({@link CheckItem}). A missing
 * translation is offered with the English text as its starting point; saving it creates the translation. HTML
 * is cleaned ({@link HtmlCleaner}) before it is stored, every save checks the version the form was filled from,
 * and every change is written to the audit log with the fields it changed. Nothing is cached: public pages and
 * step panels read the stored texts at every request, so a saved text shows at once.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ContentAdministration {

    /** The public pages that have an administrator-written text (each page's slug). */
    public static final List<String> PAGES = List.of("home", "tool", "pioneers", "supporters", "library", "register", "about", "contacts", "privacy");

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    public static final int PAGE_BODY_MAX = 40000;
    public static final int STEP_TEXT_MAX = 20000;
    public static final int CHECK_ITEM_MAX = 300;

    static final String PAGE = "page";
    static final String STEP_GUIDE = "stepGuide";

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

    /** A step's texts in a language as the editor starts from (the English text, version 0, when not translated yet). */
    public record StepDraft(ProcessStep step, String language, String guidance, String examples, long version, boolean translated,
            List<ItemDraft> items) {
    }

    /** A check item in a language: its text there (the English text when not translated yet) and the English text. */
    public record ItemDraft(long id, long version, String text, String english, boolean translated) {
    }

    public record StepForm(String guidance, String examples, Long version) {
    }

    /** A check item's text in one language, as saved from the form with the item's version. */
    public record ItemForm(long id, Long version, String text) {
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
        checkLanguage(language);
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
        checkLanguage(language);
        if (!PAGES.contains(slug) && pages.findBySlug(slug).isEmpty()) {
            throw new BusinessException("admin.notFound");
        }
        String title = trim(form.title());
        String summary = trim(form.summary());
        String body = cleaner.clean(form.body());
        if (title.isEmpty()) {
            throw new BusinessException("admin.content.titleRequired");
        }
        limit(title, TITLE_MAX, "admin.content.titleTooLong");
        limit(summary, SUMMARY_MAX, "admin.content.summaryTooLong");
        limit(body, PAGE_BODY_MAX, "admin.content.bodyTooLong");
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

    public StepDraft step(ProcessStep step, String language) {
        checkLanguage(language);
        Optional<StepGuide> guide = steps.findGuide(step, language);
        Optional<StepGuide> shown = guide.or(() -> steps.findGuide(step, Languages.DEFAULT));
        List<ItemDraft> items = steps.checkItems(step).stream()
                .map(i -> new ItemDraft(i.getId(), i.getVersion(), i.text(language), i.text(Languages.DEFAULT), i.isTranslated(language)))
                .toList();
        return new StepDraft(step, language, shown.map(StepGuide::getGuidance).orElse(""), shown.map(StepGuide::getExamples).orElse(""),
                guide.map(StepGuide::getVersion).orElse(0L), guide.isPresent(), items);
    }

    /** Saves a step's guidance and pioneers' examples in a language (creating the translation when there is none yet). */
    public void saveStep(ProcessStep step, String language, StepForm form) {
        checkLanguage(language);
        String guidance = cleaner.clean(form.guidance());
        String examples = cleaner.clean(form.examples());
        limit(guidance, STEP_TEXT_MAX, "admin.content.bodyTooLong");
        limit(examples, STEP_TEXT_MAX, "admin.content.bodyTooLong");
        String label = step.slug() + " (" + language + ")";
        Optional<StepGuide> stored = steps.findGuide(step, language);
        if (stored.isPresent()) {
            StepGuide guide = stored.get();
            audit.checkVersion(STEP_GUIDE, guide.getId(), guide.getVersion(), form.version());
            Changes changes = new Changes().field("guidance", guide.getGuidance(), guidance).field("examples", guide.getExamples(), examples);
            if (!changes.isEmpty()) {
                guide.edit(guidance, examples);
                audit.record("stepGuide.update", STEP_GUIDE, guide.getId(), label, changes);
            }
        } else {
            StepGuide guide = new StepGuide(step, language, guidance, examples);
            steps.addGuide(guide);
            audit.record("stepGuide.create", STEP_GUIDE, guide.getId(), label,
                    new Changes().field("guidance", null, guidance).field("examples", null, examples));
        }
    }

    /**
     * Saves the texts of a step's check items in a language; items whose text did not change are left alone. A
     * blank text outside English makes the item untranslated again (it then shows the English text).
     */
    public void saveCheckItems(ProcessStep step, String language, List<ItemForm> forms) {
        checkLanguage(language);
        Map<Long, CheckItem> items = steps.checkItems(step).stream().collect(Collectors.toMap(CheckItem::getId, Function.identity()));
        for (ItemForm form : forms) {
            CheckItem item = items.get(form.id());
            if (item == null) {
                throw new BusinessException("admin.notFound");
            }
            String text = trim(form.text());
            if (Languages.DEFAULT.equals(language) && text.isEmpty()) {
                throw new BusinessException("admin.content.itemRequired");
            }
            limit(text, CHECK_ITEM_MAX, "admin.content.itemTooLong");
            String before = item.text(language);
            boolean wasTranslated = item.isTranslated(language);
            if (text.equals(before) || (!wasTranslated && text.isEmpty())) {
                continue;
            }
            audit.checkVersion(STEP_GUIDE, item.getId(), item.getVersion(), form.version());
            item.edit(language, text);
            audit.record("stepGuide.editItem", STEP_GUIDE, item.getId(), itemLabel(step, item),
                    new Changes().field("item." + language, wasTranslated ? before : null, item.isTranslated(language) ? item.text(language) : null));
        }
    }

    /** Adds a check item at the end of a step's list, with its English text (the other languages show it until translated). */
    public long addCheckItem(ProcessStep step, String english) {
        String text = trim(english);
        if (text.isEmpty()) {
            throw new BusinessException("admin.content.itemRequired");
        }
        limit(text, CHECK_ITEM_MAX, "admin.content.itemTooLong");
        int position = steps.checkItems(step).stream().mapToInt(CheckItem::getPosition).max().orElse(0) + 1;
        CheckItem item = new CheckItem(step, position, text, null, null);
        steps.addCheckItem(item);
        audit.record("stepGuide.addItem", STEP_GUIDE, item.getId(), itemLabel(step, item), new Changes().field("item.en", null, text));
        return item.getId();
    }

    /** Removes a check item in every language; refused while a workspace has it ticked. */
    public void removeCheckItem(long id, Long version) {
        CheckItem item = steps.findCheckItem(id).orElseThrow(() -> new BusinessException("admin.notFound"));
        long ticked = steps.countTicks(item);
        if (ticked > 0) {
            throw new BusinessException("admin.content.itemTicked", ticked);
        }
        audit.checkVersion(STEP_GUIDE, item.getId(), item.getVersion(), version);
        ProcessStep step = ProcessStep.byNumber(item.getStep()).orElseThrow();
        audit.record("stepGuide.removeItem", STEP_GUIDE, item.getId(), itemLabel(step, item),
                new Changes().field("item.en", item.text("en"), null));
        steps.removeCheckItem(item);
    }

    /** The HTML as it would be stored: what the preview shows. Saves nothing. */
    public String preview(String html) {
        return cleaner.clean(html);
    }

    private static String itemLabel(ProcessStep step, CheckItem item) {
        String text = item.text(Languages.DEFAULT);
        return step.slug() + ": " + (text.length() > 200 ? text.substring(0, 199) + "…" : text);
    }

    private static void checkLanguage(String language) {
        if (!Languages.isSupported(language)) {
            throw new BusinessException("admin.notFound");
        }
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }

    private static void limit(String text, int max, String key) {
        if (text.length() > max) {
            throw new BusinessException(key, max);
        }
    }
}
