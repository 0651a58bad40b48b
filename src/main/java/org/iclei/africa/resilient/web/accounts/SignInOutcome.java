package org.iclei.africa.resilient.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import org.iclei.africa.resilient.accounts.application.AuthenticationService.Outcome;

/** Carries the detailed outcome of a sign-in from the identity store to the login page within one request. */
@RequestScoped
public class SignInOutcome {

    private Outcome outcome;
    private long waitMinutes;

    public Outcome get() {
        return outcome;
    }

    void set(Outcome outcome) {
        this.outcome = outcome;
    }

    /** With {@link Outcome#LOCKED}: the minutes until signing in is possible again. */
    public long waitMinutes() {
        return waitMinutes;
    }

    void waitMinutes(long minutes) {
        this.waitMinutes = minutes;
    }
}
