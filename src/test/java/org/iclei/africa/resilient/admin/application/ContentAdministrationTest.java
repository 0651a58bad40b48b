package org.iclei.africa.resilient.admin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.iclei.africa.resilient.admin.application.StepGuideAdministration.ItemForm;
import org.iclei.africa.resilient.admin.application.ContentAdministration.PageForm;
import org.iclei.africa.resilient.admin.application.StepGuideAdministration.StepForm;
import org.iclei.africa.resilient.admin.domain.AuditEntry;
import org.iclei.africa.resilient.admin.domain.AuditQuery;
import org.iclei.africa.resilient.admin.domain.AuditRepository;
import org.iclei.africa.resilient.admin.domain.FieldChange;
import org.iclei.africa.resilient.content.domain.PageContent;
import org.iclei.africa.resilient.content.domain.PageContentRepository;
import org.iclei.africa.resilient.content.infrastructure.JsoupHtmlCleaner;
import org.iclei.africa.resilient.shared.BaseEntity;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.CheckItem;
import org.iclei.africa.resilient.tool.domain.CheckTick;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.StepGuide;
import org.iclei.africa.resilient.tool.domain.StepProgress;
import org.iclei.africa.resilient.tool.domain.StepRepository;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of editing texts (pages and steps): versions, translations that start from English, cleaning on save, audit entries. */
class ContentAdministrationTest {

    private static final AtomicLong IDS = new AtomicLong(100);

    private final List<PageContent> pageTexts = new ArrayList<>();
    private final List<StepGuide> guides = new ArrayList<>();
    private final List<CheckItem> items = new ArrayList<>();
    private final Map<CheckItem, Long> ticks = new java.util.HashMap<>();
    private final List<Recorded> recorded = new ArrayList<>();
    private ContentAdministration service;
    private StepGuideAdministration guideService;

    record Recorded(String action, String type, Object id, String label, List<FieldChange> changes) {
    }

    @BeforeEach
    void setUp() {
        service = new ContentAdministration();
        service.pages = new Pages();
        service.steps = new Steps();
        service.cleaner = new JsoupHtmlCleaner();
        AuditLog audit = new AuditLog() {
            @Override
            public void record(String action, String recordType, Object recordId, String label, Changes changes) {
                recorded.add(new Recorded(action, recordType, recordId, label, changes.list()));
            }
        };
        audit.entries = new NoEntries();
        service.audit = audit;
        guideService = new StepGuideAdministration();
        guideService.steps = service.steps;
        guideService.cleaner = service.cleaner;
        guideService.audit = audit;
        pageTexts.add(stored(new PageContent("about", "en", "About us", "Who we are", "<p>ICLEI Africa</p>")));
        guides.add(stored(new StepGuide(ProcessStep.IMPACTS_AND_RISKS, "en", "<p>Rate each risk</p>", "<p>Maputo</p>")));
        items.add(stored(new CheckItem(ProcessStep.IMPACTS_AND_RISKS, 1, "Risks are rated", "Les risques sont notés", null)));
        items.add(stored(new CheckItem(ProcessStep.IMPACTS_AND_RISKS, 2, "The heat map is shared", null, null)));
    }

    @Test
    void aMissingTranslationStartsFromTheEnglishTextAndSaysSo() {
        ContentAdministration.PageDraft draft = service.page("about", "fr");
        assertFalse(draft.translated());
        assertEquals("About us", draft.title());
        assertEquals("<p>ICLEI Africa</p>", draft.body());
        assertEquals(0, draft.version());
    }

    @Test
    void savingAMissingTranslationCreatesItCleanedAndAudited() {
        service.savePage("about", "fr", new PageForm(" À propos ", "Qui nous sommes",
                "<p onclick=\"x()\">ICLEI Afrique<script>alert(1)</script> <a href=\"javascript:alert(1)\">lien</a></p>", 0L));
        PageContent fr = pageTexts.stream().filter(p -> p.getLanguage().equals("fr")).findFirst().orElseThrow();
        assertEquals("À propos", fr.getTitle());
        assertEquals("<p>ICLEI Afrique <a rel=\"noopener\">lien</a></p>", fr.getBody());
        assertEquals(1, recorded.size());
        assertEquals("page.create", recorded.get(0).action());
        assertEquals("page", recorded.get(0).type());
        assertEquals(List.of("title", "summary", "body"), recorded.get(0).changes().stream().map(FieldChange::getField).toList());
    }

    @Test
    void anEditKeepsTheFieldsThatChangedInTheAuditEntry() {
        service.savePage("about", "en", new PageForm("About us", "Who we are", "<p>ICLEI Africa, Cape Town</p>", 1L));
        assertEquals("<p>ICLEI Africa, Cape Town</p>", pageTexts.get(0).getBody());
        assertEquals(1, recorded.size());
        assertEquals("page.update", recorded.get(0).action());
        List<FieldChange> changes = recorded.get(0).changes();
        assertEquals(1, changes.size());
        assertEquals("body", changes.get(0).getField());
        assertEquals("<p>ICLEI Africa</p>", changes.get(0).getOldValue());
        assertEquals("<p>ICLEI Africa, Cape Town</p>", changes.get(0).getNewValue());
    }

    @Test
    void aStaleSaveIsRefusedAndChangesNothing() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> service.savePage("about", "en", new PageForm("Old", "Old", "<p>old</p>", 0L)));
        assertEquals(AuditLog.CONFLICT, refused.getMessageKey());
        assertThrows(BusinessException.class, () -> service.savePage("about", "en", new PageForm("Old", "Old", "<p>old</p>", null)));
        assertEquals("About us", pageTexts.get(0).getTitle());
        assertTrue(recorded.isEmpty());
    }

    @Test
    void aTranslationSomeoneElseCreatedMeanwhileIsNotOverwritten() {
        pageTexts.add(stored(new PageContent("about", "pt", "Sobre nós", "Quem somos", "<p>ICLEI África</p>")));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> service.savePage("about", "pt", new PageForm("Sobre", "x", "<p>x</p>", 0L)));
        assertEquals(AuditLog.CONFLICT, refused.getMessageKey());
        assertEquals("Sobre nós", pageTexts.get(1).getTitle());
    }

    @Test
    void aTitleIsRequiredAndUnknownPagesOrLanguagesAreNotFound() {
        assertEquals("admin.content.titleRequired",
                assertThrows(BusinessException.class, () -> service.savePage("about", "en", new PageForm(" ", "", "", 1L))).getMessageKey());
        assertEquals("admin.notFound", assertThrows(BusinessException.class, () -> service.page("nowhere", "en")).getMessageKey());
        assertEquals("admin.notFound", assertThrows(BusinessException.class, () -> service.page("about", "de")).getMessageKey());
        assertEquals("admin.content.titleTooLong", assertThrows(BusinessException.class,
                () -> service.savePage("about", "en", new PageForm("x".repeat(201), "", "", 1L))).getMessageKey());
    }

    @Test
    void theOverviewShowsEveryPageAndStepWithWhatIsNotTranslated() {
        List<ContentAdministration.Entry> entries = service.overview();
        assertEquals(ContentAdministration.PAGES.size() + 8, entries.size());
        ContentAdministration.Entry about = entries.stream().filter(e -> e.slug().equals("about")).findFirst().orElseThrow();
        assertEquals(List.of(true, false, false), about.languages().stream().map(ContentAdministration.LanguageState::written).toList());
        ContentAdministration.Entry risks = entries.stream().filter(e -> e.slug().equals("impacts-and-risks")).findFirst().orElseThrow();
        assertEquals(List.of(0, 1, 2), risks.languages().stream().map(ContentAdministration.LanguageState::untranslatedItems).toList());
        ContentAdministration.Entry home = entries.stream().filter(e -> e.slug().equals("home")).findFirst().orElseThrow();
        assertFalse(home.languages().get(0).written());
    }

    @Test
    void stepGuidanceIsTranslatedFromTheEnglishStartingPoint() {
        StepGuideAdministration.StepDraft draft = guideService.step(ProcessStep.IMPACTS_AND_RISKS, "pt");
        assertFalse(draft.translated());
        assertEquals("<p>Rate each risk</p>", draft.guidance());
        assertEquals(List.of(false, false), draft.items().stream().map(StepGuideAdministration.ItemDraft::translated).toList());
        guideService.saveStep(ProcessStep.IMPACTS_AND_RISKS, "pt", new StepForm("<p>Avalie cada risco</p><iframe src=x></iframe>", "<p>Maputo</p>", 0L));
        StepGuide pt = guides.stream().filter(g -> g.getLanguage().equals("pt")).findFirst().orElseThrow();
        assertEquals("<p>Avalie cada risco</p>", pt.getGuidance());
        assertEquals("stepGuide.create", recorded.get(0).action());
        assertThrows(BusinessException.class, () -> guideService.saveStep(ProcessStep.IMPACTS_AND_RISKS, "en", new StepForm("<p>x</p>", "", 0L)));
    }

    @Test
    void checkItemsAreTranslatedOneByOneWithTheirVersions() {
        CheckItem first = items.get(0);
        CheckItem second = items.get(1);
        guideService.saveCheckItems(ProcessStep.IMPACTS_AND_RISKS, "pt", List.of(
                new ItemForm(first.getId(), 1L, "Os riscos estão avaliados"), new ItemForm(second.getId(), 1L, "The heat map is shared")));
        assertEquals("Os riscos estão avaliados", first.text("pt"));
        assertFalse(second.isTranslated("pt"));
        assertEquals(1, recorded.size());
        assertEquals("stepGuide.editItem", recorded.get(0).action());
        assertEquals("item.pt", recorded.get(0).changes().get(0).getField());
        assertThrows(BusinessException.class, () -> guideService.saveCheckItems(ProcessStep.IMPACTS_AND_RISKS, "pt",
                List.of(new ItemForm(second.getId(), 0L, "O mapa de calor é partilhado"))));
        assertFalse(second.isTranslated("pt"));
    }

    @Test
    void itemsAreAddedAtTheEndAndATickedItemIsNotRemoved() {
        guideService.addCheckItem(ProcessStep.IMPACTS_AND_RISKS, "Sectors are covered");
        assertEquals(3, items.get(2).getPosition());
        assertEquals("Sectors are covered", items.get(2).text("fr"));
        ticks.put(items.get(0), 2L);
        BusinessException refused = assertThrows(BusinessException.class, () -> guideService.removeCheckItem(items.get(0).getId(), 1L));
        assertEquals("admin.content.itemTicked", refused.getMessageKey());
        guideService.removeCheckItem(items.get(1).getId(), 1L);
        assertEquals(2, items.size());
        assertEquals("stepGuide.removeItem", recorded.get(recorded.size() - 1).action());
    }

    /** An entity as loaded from the database: with an id and version 1. */
    private static <T extends BaseEntity> T stored(T entity) {
        set(entity, "id", IDS.incrementAndGet());
        set(entity, "version", 1L);
        return entity;
    }

    private static void set(BaseEntity entity, String name, Object value) {
        try {
            Field field = BaseEntity.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(entity, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class Pages implements PageContentRepository {
        @Override
        public List<PageContent> findBySlug(String slug) {
            return pageTexts.stream().filter(p -> p.getSlug().equals(slug)).toList();
        }

        @Override
        public Optional<PageContent> find(String slug, String language) {
            return pageTexts.stream().filter(p -> p.getSlug().equals(slug) && p.getLanguage().equals(language)).findFirst();
        }

        @Override
        public List<PageContent> findAll() {
            return List.copyOf(pageTexts);
        }

        @Override
        public void add(PageContent page) {
            set(page, "id", IDS.incrementAndGet());
            pageTexts.add(page);
        }
    }

    private final class Steps implements StepRepository {
        @Override
        public Optional<StepGuide> findGuide(ProcessStep step, String language) {
            return guides.stream().filter(g -> g.getStep() == step.number() && g.getLanguage().equals(language)).findFirst();
        }

        @Override
        public List<CheckItem> checkItems(ProcessStep step) {
            return items.stream().filter(i -> i.getStep() == step.number()).toList();
        }

        @Override
        public List<StepGuide> guides() {
            return List.copyOf(guides);
        }

        @Override
        public void addGuide(StepGuide guide) {
            set(guide, "id", IDS.incrementAndGet());
            guides.add(guide);
        }

        @Override
        public List<CheckItem> allCheckItems() {
            return List.copyOf(items);
        }

        @Override
        public Optional<CheckItem> findCheckItem(long id) {
            return items.stream().filter(i -> i.getId() == id).findFirst();
        }

        @Override
        public void addCheckItem(CheckItem item) {
            set(item, "id", IDS.incrementAndGet());
            items.add(item);
        }

        @Override
        public void removeCheckItem(CheckItem item) {
            items.remove(item);
        }

        @Override
        public long countTicks(CheckItem item) {
            return ticks.getOrDefault(item, 0L);
        }

        @Override
        public List<CheckTick> ticks(Workspace workspace) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addTick(CheckTick tick) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeTick(CheckTick tick) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<StepProgress> findProgress(Workspace workspace, ProcessStep step) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addProgress(StepProgress progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<Integer> completedSteps(Workspace workspace) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class NoEntries implements AuditRepository {
        @Override
        public void add(AuditEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEntry> search(AuditQuery query, int first, int max) {
            return List.of();
        }

        @Override
        public long count(AuditQuery query) {
            return 0;
        }
    }
}
