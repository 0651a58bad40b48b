package org.iclei.africa.resilient.tool.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.content.domain.LocalizedName;
import org.junit.jupiter.api.Test;

/** A member who deleted their account leaves the member lines of the history, and only they do. */
class WorksheetChangeRenameTest {

    private final Workspace workspace = new Workspace(new Municipality("Beira", new Country("MZ", new LocalizedName("Mozambique", null, null))),
            false, Instant.parse("2026-11-02T08:00:00Z"), Duration.ofDays(7));

    private String renamed(String summary, String name) {
        WorksheetChange line = new WorksheetChange(workspace, "Lead", "members", null, "edited", summary);
        line.rename(name, "{member.former}");
        return line.getSummary();
    }

    @Test
    void theWholeNameInAnyCaseAndNotInsideALongerOne() {
        assertEquals("{member.former} · Editor", renamed("ann · Editor", "Ann"));
        assertEquals("Joanne Banda invited {member.former}", renamed("Joanne Banda invited Ann", "Ann"));
        assertEquals("Anna · Viewer", renamed("Anna · Viewer", "Ann"));
        assertEquals("{member.former} (ann.b@city.gov.mz)", renamed("Ann (ann.b@city.gov.mz)", "Ann"));
        assertEquals("Ann (x.ann.b@city.gov.mz)", renamed("Ann (x.ann.b@city.gov.mz)", "ann.b@city.gov.mz"),
                "an address is not renamed inside a longer one");
        assertEquals("Ann ({member.former})", renamed("Ann (ann.b@city.gov.mz)", "ann.b@city.gov.mz"));
    }
}
