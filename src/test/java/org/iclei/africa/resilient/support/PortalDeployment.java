package org.iclei.africa.resilient.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one way Arquillian tests deploy the portal: the WAR Maven built (target/portal.war), exactly as
 * it ships, plus the test class and the test-only helpers of this package. Its H2 database starts empty.
 */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    public static WebArchive of(Class<?> testClass) {
        PortalServer.deleteDirectory(java.nio.file.Path.of(TestEnvironment.property("it.arquillian.data.dir").isEmpty()
                ? "target/arquillian-data" : TestEnvironment.property("it.arquillian.data.dir")));
        File war = new File(TestEnvironment.property("portal.war").isEmpty() ? "target/portal.war" : TestEnvironment.property("portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests through Maven (mvn verify), which builds it first");
        }
        return ShrinkWrap.create(ZipImporter.class, "portal.war").importFrom(war).as(WebArchive.class)
                .addClass(testClass)
                .addClass(TestEntityManagerProducer.class);
    }
}
