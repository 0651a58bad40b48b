package org.iclei.africa.resilient.shared.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Tells an Office Open XML or OpenDocument file from any other zip, by the entries it holds (read, never extracted). */
final class ZipKinds {

    private static final int MAX_ENTRIES = 2000;

    private ZipKinds() {
    }

    static Optional<FileKind> of(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ENTRIES) {
                String name = entry.getName();
                if ("[Content_Types].xml".equals(name)) {
                    return Optional.of(FileKind.OFFICE_OPEN_XML);
                }
                if ("mimetype".equals(name)) {
                    byte[] type = zip.readNBytes(100);
                    return new String(type, StandardCharsets.US_ASCII).startsWith("application/vnd.oasis.opendocument.")
                            ? Optional.of(FileKind.OPEN_DOCUMENT) : Optional.empty();
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not a readable zip: not a document we accept
        }
    }
}
