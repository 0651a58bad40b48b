package org.iclei.africa.resilient.accounts.application;

import java.time.Duration;

/** What accounts need from the deployment's settings; {@code config.PortalSettings} provides it. */
public interface AccountSettings {

    /** The address users reach the portal at, for links in e-mails (no trailing slash). */
    String baseUrl();

    /** How long the trial lasts that starts when an account confirms its e-mail address. */
    Duration trialLength();
}
