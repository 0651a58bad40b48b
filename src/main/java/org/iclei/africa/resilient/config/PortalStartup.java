package org.iclei.africa.resilient.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.iclei.africa.resilient.accounts.application.AdministratorService;
import org.iclei.africa.resilient.accounts.application.AdministratorService.FirstAdministrator;
import org.iclei.africa.resilient.content.infrastructure.InitialContentLoader;
import org.iclei.africa.resilient.tool.application.DemoWorkspace;
import org.iclei.africa.resilient.tool.infrastructure.StepGuideLoader;

/**
 * What happens once when the application starts, in this order: the schema is migrated, then the
 * first administrator is created if there is none, then an empty database gets its initial content, the step guides and (unless PORTAL_DEMO=false) the demo workspace. A failure stops the deployment rather than
 * serving pages on a half-made database.
 */
@ApplicationScoped
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Inject
    PortalSettings settings;

    @Inject
    DatabaseMigrator migrator;

    @Inject
    AdministratorService administrators;

    @Inject
    InitialContentLoader initialContent;

    @Inject
    StepGuideLoader stepGuides;

    @Inject
    DemoWorkspace demoWorkspace;

    @Inject
    MailSender mailSender;

    @Inject
    ReminderScheduler reminderScheduler;

    @Inject
    RetentionScheduler retentionScheduler;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.info(() -> "Resilient Africa starting on " + (settings.isPostgreSql() ? "PostgreSQL" : "H2 in " + settings.dataDirectory()));
        migrator.migrate();
        FirstAdministrator admin = administrators.ensureAdministrator(settings.adminEmail(), settings.adminPassword());
        if (admin.created()) {
            LOG.warning(() -> admin.generatedPassword()
                    .map(password -> "First administrator created: " + admin.email() + " with the password " + password
                            + " (shown only this once: sign in and change it)")
                    .orElse("First administrator created: " + admin.email() + " with the password from PORTAL_ADMIN_PASSWORD"));
        }
        boolean firstStart = initialContent.loadIfEmpty(settings.demoContent());
        if (!firstStart) {
            List<String> pages = initialContent.addMissingPages();
            if (!pages.isEmpty()) {
                LOG.info(() -> "Page texts added to an existing database: " + pages);
            }
        }
        stepGuides.loadIfEmpty();
        int indexed = initialContent.refreshLibrarySearchText();
        if (indexed > 0) {
            LOG.info(() -> "Library search text brought up to date for " + indexed + " resources");
        }
        if (firstStart && settings.demoContent()) {
            demoWorkspace.create();
        }
        mailSender.start();
        reminderScheduler.start();
        retentionScheduler.start();
    }
}
