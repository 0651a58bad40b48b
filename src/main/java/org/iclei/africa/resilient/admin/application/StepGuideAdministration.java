package org.iclei.africa.resilient.admin.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.content.domain.HtmlCleaner;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.Languages;
import org.iclei.africa.resilient.tool.domain.CheckItem;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.StepGuide;
import org.iclei.africa.resilient.tool.domain.StepRepository;

/**
 * The texts of the eight steps administrators edit, in each language: each step's guidance and pioneers' examples
 * ({@link StepGuide}) and its self-check items ({@link CheckItem}). A missing translation is offered with the
 * English text as its starting point; saving it creates the translation. HTML is cleaned ({@link HtmlCleaner})
 * before it is stored, every save checks the version the form was filled from, and every change is written to the
 * audit log with the fields it changed. Step panels read the stored texts at every request, so a saved text shows at
 * once.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class StepGuideAdministration {

    public static final int STEP_TEXT_MAX = 20000;
    public static final int CHECK_ITEM_MAX = 300;

    static final String STEP_GUIDE = "stepGuide";

    @Inject
    StepRepository steps;

    @Inject
    HtmlCleaner cleaner;

    @Inject
    AuditLog audit;

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

    public StepDraft step(ProcessStep step, String language) {
        RecordChecks.language(language);
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
        RecordChecks.language(language);
        String guidance = cleaner.clean(form.guidance());
        String examples = cleaner.clean(form.examples());
        RecordChecks.limit(guidance, STEP_TEXT_MAX, "admin.content.bodyTooLong");
        RecordChecks.limit(examples, STEP_TEXT_MAX, "admin.content.bodyTooLong");
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
        RecordChecks.language(language);
        Map<Long, CheckItem> items = steps.checkItems(step).stream().collect(Collectors.toMap(CheckItem::getId, Function.identity()));
        for (ItemForm form : forms) {
            CheckItem item = items.get(form.id());
            if (item == null) {
                throw new BusinessException("admin.notFound");
            }
            String text = RecordChecks.stripped(form.text());
            if (Languages.DEFAULT.equals(language) && text.isEmpty()) {
                throw new BusinessException("admin.content.itemRequired");
            }
            RecordChecks.limit(text, CHECK_ITEM_MAX, "admin.content.itemTooLong");
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
        String text = RecordChecks.stripped(english);
        if (text.isEmpty()) {
            throw new BusinessException("admin.content.itemRequired");
        }
        RecordChecks.limit(text, CHECK_ITEM_MAX, "admin.content.itemTooLong");
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
}
