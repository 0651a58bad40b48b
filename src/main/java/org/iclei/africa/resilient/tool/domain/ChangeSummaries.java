package org.iclei.africa.resilient.tool.domain;

import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored change summary read in one language: the message keys in braces ({@link WorksheetChange#label}) become their
 * texts. Lines written before keys were stored name a risk's sector or a member's role by its code ({@code HEALTH},
 * {@code EDITOR}); those codes become labels too. A ticked or unticked check item is named by its text in that
 * language (the line keeps the English one, used if the item was removed since). Read by the recent-changes feed and
 * by a member's personal-data export.
 */
public final class ChangeSummaries {

    /** The history's name for the self-check list: its lines name a check item by its id. */
    public static final String CHECKS = "checks";

    private static final Pattern KEY = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]*)\\}");
    private static final Pattern OLD_SECTOR = Pattern.compile(" / ([A-Z][A-Z_]+): ");
    private static final Pattern OLD_ROLE = Pattern.compile(" · ([A-Z][A-Z_]+)$");

    private ChangeSummaries() {
    }

    /** The summary of {@code change} in the language of {@code bundle}, with the check items' texts in it by id. */
    public static String text(WorksheetChange change, Map<Long, String> checkItems, ResourceBundle bundle) {
        if (CHECKS.equals(change.getWorksheet()) && change.getRowId() != null && checkItems.containsKey(change.getRowId())) {
            return checkItems.get(change.getRowId());
        }
        return text(change.getSummary(), bundle);
    }

    /** A summary, or an author's name (which may be {@link WorksheetChange#FORMER_MEMBER}), in the language of {@code bundle}. */
    public static String text(String summary, ResourceBundle bundle) {
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
