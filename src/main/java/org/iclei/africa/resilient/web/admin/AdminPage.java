package org.iclei.africa.resilient.web.admin;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.admin.application.AuditLog;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.web.support.VisitorLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * What every back-office page does the same way: run an action and say how it ended — a notice in the
 * administrator's language when it worked (kept across a redirect), or the refusal, with the form's input
 * kept and {@code validationFailed} set so that a PrimeFaces dialog stays open. A record saved by someone else
 * since it was opened is refused with who and when ({@link AuditLog#CONFLICT}), never overwritten.
 * <p>
 * Subclasses are {@code @Named} and {@code @ViewScoped} (PrimeFaces tables and dialogs keep state between
 * ajax requests) or {@code @RequestScoped}. The services they call are the security boundary; the URL
 * constraint on {@code /admin/*} is the first one.
 */
public abstract class AdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A failure that is not a rule of the portal (database down, a bug): said plainly, details in the log. */
    public static final String FAILED = "admin.failed";

    @Inject
    transient VisitorLanguage language;

    /** The administrator's language (en, fr, pt), e.g. to sort names in it. */
    protected String languageCode() {
        return language.getCode();
    }

    /** Runs an action; true when it worked (its notice is shown), false when it was refused (the reason is shown). */
    protected boolean act(Runnable action, String doneKey, Object... arguments) {
        try {
            action.run();
            done(doneKey, arguments);
            return true;
        } catch (BusinessException e) {
            refuse(e);
            return false;
        } catch (EJBException e) {
            if (hasCause(e, OptimisticLockException.class)) {
                refuse(new BusinessException(AuditLog.CONFLICT, "?", Instant.now()));
            } else {
                Messages.addGlobalError(bundle().getString(FAILED));
                Faces.validationFailed();
            }
            return false;
        }
    }

    /** Shows a notice that survives a redirect (the flash keeps it). */
    protected void done(String key, Object... arguments) {
        Messages.addGlobalInfo(text(key, arguments));
        Faces.getFlash().setKeepMessages(true);
    }

    protected void refuse(BusinessException e) {
        Messages.addGlobalError(text(e.getMessageKey(), e.getArguments()));
        Faces.validationFailed();
    }

    /** The text of a key in the administrator's language; dates and times among the arguments are written for them. */
    protected String text(String key, Object... arguments) {
        String pattern = bundle().containsKey(key) ? bundle().getString(key) : key;
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = Arrays.stream(arguments).map(a -> a instanceof Instant when ? dateTime(when) : a).toArray();
        return MessageFormat.format(pattern.replace("'", "''"), shown);
    }

    protected String dateTime(Instant when) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.getLocale())
                .format(when.atZone(ZoneId.systemDefault()));
    }

    protected static ResourceBundle bundle() {
        return Faces.getResourceBundle("msg");
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
