package org.iclei.africa.resilient.tool.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.accounts.application.AccountSettings;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.shared.mail.MailOutbox;
import org.iclei.africa.resilient.tool.domain.PlanAction;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;
import org.iclei.africa.resilient.tool.domain.Workspace;

/**
 * The reminder mails, written in the recipient's language from the i18n bundle ({@code mail.reminder.<kind>.*}), with
 * links to the relevant pages on {@code PORTAL_BASE_URL} and to My account, where each reminder is switched off.
 */
@ApplicationScoped
public class ReminderMails {

    static final String ACCOUNT = "/account#reminders";
    static final String DASHBOARD = "/tool";
    static final String ACTION_PLAN = "/tool/steps/action-plan";
    static final String MONITORING = "/tool/steps/monitoring";

    @Inject
    MailOutbox outbox;

    @Inject
    AccountSettings settings;

    void trialEnding(Account to, Workspace workspace, LocalDate end) {
        Texts t = new Texts(to);
        queue(to, t, "trial", workspace.getName(), t.date(end), link(DASHBOARD));
    }

    void reviewDue(Account to, Workspace workspace, LocalDate date) {
        Texts t = new Texts(to);
        queue(to, t, "review", workspace.getName(), t.date(date), link(MONITORING));
    }

    void digest(Account to, Workspace workspace, List<PlanAction> late, Map<WorksheetRow, LocalDate> stale) {
        Texts t = new Texts(to);
        StringBuilder list = new StringBuilder();
        if (!late.isEmpty()) {
            list.append(t.format("mail.reminder.digest.actions", link(ACTION_PLAN)));
            for (PlanAction action : late) {
                list.append('\n').append(t.format("mail.reminder.digest.action", action.getActionText(), t.date(action.getEndDate()),
                        t.text("ActionStatus." + action.getStatus().name())));
            }
            list.append("\n\n");
        }
        if (!stale.isEmpty()) {
            list.append(t.format("mail.reminder.digest.indicators", link(MONITORING)));
            stale.forEach((row, last) -> list.append('\n').append(t.format("mail.reminder.digest.indicator", row.value("indicator"),
                    t.text("choice." + row.value("frequency")), t.date(last))));
            list.append("\n\n");
        }
        queue(to, t, "digest", workspace.getName(), list.toString().strip(), null);
    }

    /** Subject {@code mail.reminder.<kind>.subject} ({0}: workspace); body: {0} name, {1} workspace, {2}, {3} kind's values, {4} My account. */
    private void queue(Account to, Texts t, String kind, String workspace, String detail, String link) {
        String subject = t.format("mail.reminder." + kind + ".subject", workspace);
        String body = t.format("mail.reminder." + kind + ".body", to.getFullName(), workspace, detail, link == null ? "" : link, link(ACCOUNT));
        outbox.queue(to.getEmail(), subject, body, to.getLanguage());
    }

    private String link(String path) {
        return settings.baseUrl() + path;
    }

    /** The bundle and formats of one recipient's language. */
    private static final class Texts {
        private final Locale locale;
        private final ResourceBundle bundle;

        Texts(Account account) {
            locale = Locale.forLanguageTag(account.getLanguage());
            bundle = ResourceBundle.getBundle("i18n.messages", locale);
        }

        String text(String key) {
            return bundle.containsKey(key) ? bundle.getString(key) : key;
        }

        String format(String key, Object... values) {
            return new MessageFormat(bundle.getString(key), locale).format(values);
        }

        String date(LocalDate date) {
            return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        }
    }
}
