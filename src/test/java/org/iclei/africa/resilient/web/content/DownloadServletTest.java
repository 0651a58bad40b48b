package org.iclei.africa.resilient.web.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DownloadServletTest {

    @Test
    void theIdIsTheFirstPathSegment() {
        assertEquals(Optional.of(42L), DownloadServlet.resourceId("/42/guide.txt"));
        assertEquals(Optional.of(42L), DownloadServlet.resourceId("/42"));
        assertEquals(Optional.empty(), DownloadServlet.resourceId("/x/guide.txt"));
        assertEquals(Optional.empty(), DownloadServlet.resourceId("/"));
        assertEquals(Optional.empty(), DownloadServlet.resourceId(null));
        assertEquals(Optional.empty(), DownloadServlet.resourceId("/99999999999999999999/a"));
    }

    @Test
    void aPlainNameIsKept() {
        assertEquals("attachment; filename=\"heat-wave-note.txt\"; filename*=UTF-8''heat-wave-note.txt",
                DownloadServlet.contentDisposition("heat-wave-note.txt"));
    }

    @Test
    void quotesPathsAndControlCharactersCannotEscape() {
        assertEquals("attachment; filename=\"a_b_.txt\"; filename*=UTF-8''a%22b%0D.txt",
                DownloadServlet.contentDisposition("../../a\"b\r.txt"));
    }

    @Test
    void accentedNamesHaveAnAsciiFallbackAndTheExactName() {
        assertEquals("attachment; filename=\"guia-da-adapta__o.txt\"; filename*=UTF-8''guia-da-adapta%C3%A7%C3%A3o.txt",
                DownloadServlet.contentDisposition("guia-da-adaptação.txt"));
    }

    @Test
    void anEmptyNameBecomesDownload() {
        assertEquals("attachment; filename=\"download\"; filename*=UTF-8''download", DownloadServlet.contentDisposition(""));
        assertEquals("attachment; filename=\"download\"; filename*=UTF-8''..", DownloadServlet.contentDisposition(".."));
    }
}
