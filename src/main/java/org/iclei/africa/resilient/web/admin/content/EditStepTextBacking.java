package org.iclei.africa.resilient.web.admin.content;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.iclei.africa.resilient.admin.application.StepGuideAdministration;
import org.iclei.africa.resilient.admin.application.StepGuideAdministration.ItemForm;
import org.iclei.africa.resilient.admin.application.StepGuideAdministration.StepDraft;
import org.iclei.africa.resilient.admin.application.StepGuideAdministration.StepForm;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.Languages;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.web.admin.AdminPage;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * /admin/content/step?slug=impacts-and-risks&amp;lang=pt: a step's guidance and pioneers' examples in one language
 * (rich text, with a preview), and its self-check items: translated here in every language, added and removed on
 * the English page (an item is the same statement in the three languages). Every form carries the versions it
 * was filled from.
 */
@Named("stepEditor")
@ViewScoped
public class EditStepTextBacking extends AdminPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StepGuideAdministration guides;

    @Inject
    @Param(name = "slug")
    String slug;

    @Inject
    @Param(name = "lang")
    String lang;

    private ProcessStep step;
    private boolean translated;
    private String guidance;
    private String examples;
    private Long version;
    private List<ItemRow> items = new ArrayList<>();
    private String newItem;
    private String previewGuidance;
    private String previewExamples;

    /** One check item in the form: its text in the page's language, and the version it was read at. */
    public static class ItemRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String english;
        private final boolean translated;
        private Long version;
        private String text;

        ItemRow(StepGuideAdministration.ItemDraft draft) {
            this.id = draft.id();
            this.english = draft.english();
            this.translated = draft.translated();
            this.version = draft.version();
            this.text = draft.text();
        }

        public long getId() {
            return id;
        }

        public String getEnglish() {
            return english;
        }

        public boolean isTranslated() {
            return translated;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    @PostConstruct
    void load() {
        try {
            step = ProcessStep.bySlug(slug).orElseThrow(() -> new BusinessException("admin.notFound"));
            StepDraft draft = guides.step(step, lang);
            translated = draft.translated();
            guidance = draft.guidance();
            examples = draft.examples();
            version = draft.version();
            items = new ArrayList<>(draft.items().stream().map(ItemRow::new).toList());
        } catch (BusinessException e) {
            step = null; // the view says so (the page's messages are already written when this bean starts)
        }
    }

    public void preview() {
        previewGuidance = guides.preview(guidance);
        previewExamples = guides.preview(examples);
    }

    public void save() {
        if (step != null && act(() -> guides.saveStep(step, lang, new StepForm(guidance, examples, version)), "admin.content.saved")) {
            reload();
        }
    }

    public void saveItems() {
        List<ItemForm> forms = items.stream().map(row -> new ItemForm(row.getId(), row.getVersion(), row.getText())).toList();
        if (step != null && act(() -> guides.saveCheckItems(step, lang, forms), "admin.content.itemsSaved")) {
            reload();
        }
    }

    public void addItem() {
        if (step != null && act(() -> guides.addCheckItem(step, newItem), "admin.content.itemAdded")) {
            reload();
        }
    }

    public void removeItem(ItemRow row) {
        if (step != null && act(() -> guides.removeCheckItem(row.getId(), row.getVersion()), "admin.content.itemRemoved")) {
            reload();
        }
    }

    private void reload() {
        Faces.redirect("admin/content/step?slug=%s&lang=%s", slug, lang);
    }

    public boolean isFound() {
        return step != null;
    }

    /** "Step 3 · Impacts and risks". */
    public String getStepName() {
        return text("admin.content.stepName", step.number(), text("step." + step.number() + ".name"));
    }

    /** The label of the text field of the item at {@code index} (from 0) in the table. */
    public String itemLabel(int index) {
        return text("admin.content.items.text", index + 1);
    }

    public boolean isEnglish() {
        return Languages.DEFAULT.equals(lang);
    }

    public ProcessStep getStep() {
        return step;
    }

    public String getSlug() {
        return slug;
    }

    public String getLang() {
        return lang;
    }

    public boolean isTranslated() {
        return translated;
    }

    public String getGuidance() {
        return guidance;
    }

    public void setGuidance(String guidance) {
        this.guidance = guidance;
    }

    public String getExamples() {
        return examples;
    }

    public void setExamples(String examples) {
        this.examples = examples;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public String getNewItem() {
        return newItem;
    }

    public void setNewItem(String newItem) {
        this.newItem = newItem;
    }

    public String getPreviewGuidance() {
        return previewGuidance;
    }

    public String getPreviewExamples() {
        return previewExamples;
    }

    public int getItemMax() {
        return StepGuideAdministration.CHECK_ITEM_MAX;
    }
}
