package org.iclei.africa.resilient.web.tool;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.iclei.africa.resilient.tool.application.StepService;
import org.iclei.africa.resilient.tool.domain.ChangeSummaries;
import org.iclei.africa.resilient.tool.domain.WorksheetChange;
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/**
 * The recent-changes feed in the reader's language ({@link ChangeSummaries}): message keys stored in a summary or as an
 * author's name are shown as their texts, a ticked check item by its text.
 */
@Named("changeText")
@RequestScoped
public class ChangeText {

    @Inject
    StepService steps;

    @Inject
    VisitorLanguage language;

    /** The check items' texts in the page's language, by id, read once per request when the feed names one. */
    private Map<Long, String> checkItems;

    /** The summary of a change in the page's language. */
    public String summary(WorksheetChange change) {
        if (ChangeSummaries.CHECKS.equals(change.getWorksheet()) && checkItems == null) {
            checkItems = steps.checkItemTexts(language.getCode()); // one query for the whole feed
        }
        return ChangeSummaries.text(change, checkItems == null ? Map.of() : checkItems, ToolPage.bundle());
    }

    /**
     * The author of a row, tick or history line in the page's language: a member's name as stored, or "a former
     * member" for one who deleted their account ({@code WorksheetChange.FORMER_MEMBER}, a key like those of summaries).
     */
    public String author(String name) {
        return ChangeSummaries.text(name, ToolPage.bundle());
    }
}
