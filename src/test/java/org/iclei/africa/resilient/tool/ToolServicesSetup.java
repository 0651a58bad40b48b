package org.iclei.africa.resilient.tool;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.iclei.africa.resilient.support.PortalDeployment;
import org.iclei.africa.resilient.tool.application.MemberAccess;
import org.iclei.africa.resilient.tool.application.MembersService;
import org.iclei.africa.resilient.tool.application.StepService;
import org.iclei.africa.resilient.tool.application.WorksheetService;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the in-server tests of the tool's services share: the services they call and, before each test, a
 * fresh {@link ToolFixture} — a workspace with a lead, an editor, a viewer and an editor whose trial has
 * ended, a lead of another municipality and an account without a workspace.
 */
abstract class ToolServicesSetup {

    static WebArchive deploymentOf(Class<?> testClass) {
        return PortalDeployment.of(testClass).addClasses(ToolServicesSetup.class, ToolFixture.class);
    }

    @Inject
    EntityManager em;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @Inject
    MemberAccess access;

    @Inject
    WorksheetService worksheets;

    @Inject
    StepService steps;

    @Inject
    MembersService members;

    String lead;
    String editor;
    String viewer;
    String expired;
    String stranger;
    String nobody;
    Workspace workspace;
    ToolFixture fixture;

    @BeforeEach
    void workspacesWithEveryKindOfAccount() throws Exception {
        fixture = new ToolFixture(em, tx);
        lead = fixture.lead;
        editor = fixture.editor;
        viewer = fixture.viewer;
        expired = fixture.expired;
        stranger = fixture.stranger;
        nobody = fixture.nobody;
        workspace = fixture.workspace;
    }
}
