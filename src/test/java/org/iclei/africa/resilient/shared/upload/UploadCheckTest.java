package org.iclei.africa.resilient.shared.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.iclei.africa.resilient.shared.BusinessException;
import org.junit.jupiter.api.Test;

class UploadCheckTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @Test
    void aPdfIsAcceptedByItsContentAndKeepsItsCleanedName() {
        UploadCheck.CheckedFile file = UploadCheck.check("Rapport d’étude (final).pdf", PDF, FileKind.DOCUMENTS);
        assertEquals(FileKind.PDF, file.kind());
        assertEquals("Rapport_d_etude_final_.pdf", file.name());
        assertEquals("application/pdf", file.mediaType());
    }

    @Test
    void aLongNameWithoutItsExtensionStaysWithinTheColumnOnceTheExtensionIsAdded() {
        UploadCheck.CheckedFile file = UploadCheck.check("m".repeat(130), PDF, FileKind.DOCUMENTS);
        assertEquals(120, file.name().length(), file.name());
        assertTrue(file.name().endsWith(".pdf"));
    }

    @Test
    void aRenamedProgramIsRefusedWhateverItsName() {
        assertEquals(UploadCheck.WRONG_KIND, assertThrows(BusinessException.class,
                () -> UploadCheck.check("guide.pdf", EXE, FileKind.DOCUMENTS)).getMessageKey());
    }

    @Test
    void aDocumentIsNotAPhoto() {
        assertEquals(UploadCheck.WRONG_KIND, assertThrows(BusinessException.class,
                () -> UploadCheck.check("photo.jpg", PDF, FileKind.IMAGES)).getMessageKey());
        assertEquals(FileKind.PNG, UploadCheck.check("photo.png", PNG, FileKind.IMAGES).kind());
    }

    @Test
    void theExtensionFollowsTheContent() {
        assertEquals("photo.png", UploadCheck.check("photo.jpg", PNG, FileKind.IMAGES).name());
        assertEquals("notes.pdf", UploadCheck.check("notes", PDF, FileKind.DOCUMENTS).name());
    }

    @Test
    void namesWithFoldersOrParentsOrControlCharactersAreRefused() {
        for (String name : new String[] {"../etc/passwd.pdf", "..\\x.pdf", "a/b.pdf", "x..pdf", "bad\u0000.pdf", " "}) {
            assertEquals(UploadCheck.BAD_NAME, assertThrows(BusinessException.class,
                    () -> UploadCheck.check(name, PDF, FileKind.DOCUMENTS)).getMessageKey(), name);
        }
    }

    @Test
    void aTenMegabyteLimitRefusesOneByteMoreWithItsOwnMessageAndKeepsTheTwentyMegabyteOneForOthers() {
        byte[] tenMegabytes = java.util.Arrays.copyOf(PDF, 10 * 1024 * 1024);
        byte[] oneMore = java.util.Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        assertEquals(10L * 1024 * 1024, UploadCheck.check("minutes.pdf", tenMegabytes, FileKind.DOCUMENTS, UploadCheck.TEN_MB).content().length);
        assertEquals("upload.tooLarge.10mb", assertThrows(BusinessException.class,
                () -> UploadCheck.check("minutes.pdf", oneMore, FileKind.DOCUMENTS, UploadCheck.TEN_MB)).getMessageKey());
        assertEquals(FileKind.PDF, UploadCheck.check("minutes.pdf", oneMore, FileKind.DOCUMENTS).kind());
    }

    @Test
    void aTenMegabyteLimitRefusesAnAnnouncedLargerSizeBeforeReadingAndReadsNoMoreThanOneByteOver() {
        assertEquals(UploadCheck.TEN_MB.tooLargeKey(), assertThrows(BusinessException.class,
                () -> UploadCheck.check("big.pdf", 10L * 1024 * 1024 + 1, null, FileKind.DOCUMENTS, UploadCheck.TEN_MB)).getMessageKey());
        byte[] elevenMegabytes = java.util.Arrays.copyOf(PDF, 11 * 1024 * 1024);
        assertEquals(UploadCheck.TEN_MB.tooLargeKey(), assertThrows(BusinessException.class,
                () -> UploadCheck.check("big.pdf", 0, new java.io.ByteArrayInputStream(elevenMegabytes), FileKind.DOCUMENTS,
                        UploadCheck.TEN_MB)).getMessageKey()); // a browser that announces no size is still held to the limit
        assertEquals(UploadCheck.WRONG_KIND, assertThrows(BusinessException.class,
                () -> UploadCheck.check("minutes.pdf", EXE, FileKind.DOCUMENTS, UploadCheck.TEN_MB)).getMessageKey());
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedBeforeItIsRead() {
        assertEquals(UploadCheck.TOO_LARGE, assertThrows(BusinessException.class,
                () -> UploadCheck.check("big.pdf", UploadCheck.MAX_BYTES + 1, null, FileKind.DOCUMENTS)).getMessageKey());
        assertEquals(UploadCheck.EMPTY, assertThrows(BusinessException.class,
                () -> UploadCheck.check("empty.pdf", new byte[0], FileKind.DOCUMENTS)).getMessageKey());
    }

    @Test
    void officeDocumentsAreToldFromOtherZips() throws IOException {
        assertEquals(FileKind.OFFICE_OPEN_XML, UploadCheck.check("plan.xlsx", zip("[Content_Types].xml", "<Types/>"), FileKind.DOCUMENTS).kind());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                UploadCheck.check("plan.xlsx", zip("[Content_Types].xml", "<Types/>"), FileKind.DOCUMENTS).mediaType());
        assertEquals(FileKind.OPEN_DOCUMENT, UploadCheck.check("plan.odt", zip("mimetype", "application/vnd.oasis.opendocument.text"),
                FileKind.DOCUMENTS).kind());
        assertEquals(UploadCheck.WRONG_KIND, assertThrows(BusinessException.class,
                () -> UploadCheck.check("app.docx", zip("classes.dex", "x"), FileKind.DOCUMENTS)).getMessageKey());
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
