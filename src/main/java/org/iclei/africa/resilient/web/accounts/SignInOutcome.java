package org.iclei.africa.resilient.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import org.iclei.africa.resilient.accounts.application.AuthenticationService.Outcome;

/** Carries the detailed outcome of a sign-in from the identity store to the login page within one request. */
@RequestScoped
public class SignInOutcome {

    private Outcome outcome;

    public Outcome get() {
        return outcome;
    }

    void set(Outcome outcome) {
        this.outcome = outcome;
    }
}
