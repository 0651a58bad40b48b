package org.iclei.africa.resilient.accounts.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JpaAccountRepositoryTest {

    @Test
    void aSearchMatchesAnywhereWithoutCaseAndTakesWildcardsLiterally() {
        assertEquals("%nomsa%", JpaAccountRepository.pattern("  Nomsa "));
        assertEquals("%100\\%\\_a\\\\b%", JpaAccountRepository.pattern("100%_a\\b"));
    }
}
