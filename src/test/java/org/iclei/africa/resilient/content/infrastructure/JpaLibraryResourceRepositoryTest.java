package org.iclei.africa.resilient.content.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JpaLibraryResourceRepositoryTest {

    @Test
    void likeWildcardsInWordsAreTakenLiterally() {
        assertEquals("100\\%\\_a\\\\b", JpaLibraryResourceRepository.escapeLike("100%_a\\b"));
    }
}
