package org.iclei.africa.resilient.web.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.iclei.africa.resilient.accounts.application.AccountService;
import org.iclei.africa.resilient.accounts.application.AuthenticationService;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.omnifaces.util.Messages;

/** The "Reminders by e-mail" section of /account: which reminders the signed-in member gets (each is on by default). */
@Named("reminderChoices")
@RequestScoped
public class ReminderChoicesBacking {

    @Inject
    SecurityContext security;

    @Inject
    AuthenticationService authentication;

    @Inject
    AccountService accounts;

    private String email;
    private boolean trial;
    private boolean review;
    private boolean digest;

    @PostConstruct
    void load() {
        Account account = authentication.account(security.getCallerPrincipal().getName()).orElseThrow();
        email = account.getEmail();
        trial = account.isRemindTrial();
        review = account.isRemindReview();
        digest = account.isRemindDigest();
    }

    public void save() {
        accounts.chooseReminders(email, trial, review, digest);
        Messages.addGlobalInfo(AccountTexts.text("account.reminders.saved"));
    }

    public boolean isTrial() {
        return trial;
    }

    public void setTrial(boolean trial) {
        this.trial = trial;
    }

    public boolean isReview() {
        return review;
    }

    public void setReview(boolean review) {
        this.review = review;
    }

    public boolean isDigest() {
        return digest;
    }

    public void setDigest(boolean digest) {
        this.digest = digest;
    }
}
