package org.iclei.africa.resilient.web.tool;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.tool.application.StepService;
import org.iclei.africa.resilient.tool.domain.WorksheetChange;
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/**
 * The recent-changes feed in the reader's language: a change's summary is stored with message keys in braces
 * ({@link WorksheetChange#label}), shown here as their texts. Lines written before keys were stored name a risk's
 * sector or a member's role by its code ({@code HEALTH}, {@code EDITOR}); those codes are shown as labels too. A
 * ticked or unticked check item is shown by its text in the reader's language (the line keeps the English one, shown
 * if the item was removed since).
 */
@Named("changeText")
@RequestScoped
public class ChangeText {

    /** The history's name for the self-check list: its lines name a check item by its id. */
    static final String CHECKS = "checks";

    @Inject
    StepService steps;

    @Inject
    VisitorLanguage language;

    /** The check items' texts in the page's language, by id, read once per request when the feed names one. */
    private Map<Long, String> checkItems;

    private static final Pattern KEY = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]*)\\}");
    private static final Pattern OLD_SECTOR = Pattern.compile(" / ([A-Z][A-Z_]+): ");
    private static final Pattern OLD_ROLE = Pattern.compile(" · ([A-Z][A-Z_]+)$");

    /** The summary of a change in the page's language. */
    public String summary(WorksheetChange change) {
        if (CHECKS.equals(change.getWorksheet()) && change.getRowId() != null) {
            if (checkItems == null) {
                checkItems = steps.checkItemTexts(language.getCode()); // one query for the whole feed
            }
            return Optional.ofNullable(checkItems.get(change.getRowId())).orElse(change.getSummary());
        }
        return render(change.getSummary(), ToolPage.bundle());
    }

    /**
     * The author of a row, tick or history line in the page's language: a member's name as stored, or "a former
     * member" for one who deleted their account ({@code WorksheetChange.FORMER_MEMBER}, a key like those of summaries).
     */
    public String author(String name) {
        return render(name, ToolPage.bundle());
    }

    static String render(String summary, ResourceBundle bundle) {
        if (summary == null) {
            return "";
        }
        String text = replace(KEY, summary, key -> bundle.containsKey(key) ? bundle.getString(key) : null, "", "");
        text = replace(OLD_SECTOR, text, code -> bundle.containsKey("Sector." + code) ? bundle.getString("Sector." + code) : null, " / ", ": ");
        return replace(OLD_ROLE, text, code -> bundle.containsKey("MemberRole." + code) ? bundle.getString("MemberRole." + code) : null, " · ", "");
    }

    /** Replaces each match's group by its text; a group without a text stays as it was. */
    private static String replace(Pattern pattern, String text, Function<String, String> label, String before, String after) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String shown = label.apply(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(shown == null ? matcher.group() : before + shown + after));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
