package org.iclei.africa.resilient.web.admin.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.iclei.africa.resilient.accounts.domain.AccountQuery;
import org.junit.jupiter.api.Test;

/** The account list's URL filter and the table's sort keys, read forgivingly: what cannot be read is no filter. */
class AccountsBackingTest {

    @Test
    void theStateIsReadWithoutCaseAndAnUnknownOneIsIgnored() {
        assertEquals(AccountQuery.Kind.ADMINISTRATORS, AccountsBacking.kind("administrators"));
        assertEquals(AccountQuery.Kind.UNCONFIRMED, AccountsBacking.kind(" UNCONFIRMED "));
        assertNull(AccountsBacking.kind("everyone"));
        assertNull(AccountsBacking.kind(""));
    }

    @Test
    void datesAreIsoDaysAndAnythingElseIsIgnored() {
        assertEquals(LocalDate.of(2026, 3, 1), AccountsBacking.date("2026-03-01"));
        assertNull(AccountsBacking.date("1/3/2026"));
        assertNull(AccountsBacking.date(null));
    }

    @Test
    void eachSortableColumnHasItsDatabaseOrderAndTheDefaultIsTheRegistrationDate() {
        assertEquals(AccountQuery.Sort.NAME, AccountRows.sortOf("fullName"));
        assertEquals(AccountQuery.Sort.EMAIL, AccountRows.sortOf("email"));
        assertEquals(AccountQuery.Sort.STATUS, AccountRows.sortOf("status"));
        assertEquals(AccountQuery.Sort.REGISTERED, AccountRows.sortOf("createdAt"));
        assertEquals(AccountQuery.Sort.REGISTERED, AccountRows.sortOf(null));
    }
}
