package org.iclei.africa.resilient.shared.upload;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of file the portal accepts, recognised by their first bytes (never by their name): PDF, Office
 * documents (Word, Excel and PowerPoint, old and new, and OpenDocument) and web images.
 */
public enum FileKind {
    PDF("application/pdf", List.of("pdf")),
    /** Word, Excel or PowerPoint 2007+ (a zip with [Content_Types].xml); the name tells which. */
    OFFICE_OPEN_XML("application/vnd.openxmlformats-officedocument", List.of("docx", "xlsx", "pptx")),
    /** Word, Excel or PowerPoint 97–2003 (an OLE2 compound file). */
    OFFICE_97("application/msword", List.of("doc", "xls", "ppt")),
    OPEN_DOCUMENT("application/vnd.oasis.opendocument", List.of("odt", "ods", "odp")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    GIF("image/gif", List.of("gif")),
    WEBP("image/webp", List.of("webp"));

    /** Documents a resource may be. */
    public static final List<FileKind> DOCUMENTS = List.of(PDF, OFFICE_OPEN_XML, OFFICE_97, OPEN_DOCUMENT, PNG, JPEG, GIF, WEBP);
    /** Photos and logos. */
    public static final List<FileKind> IMAGES = List.of(PNG, JPEG, GIF, WEBP);

    private final String mediaType;
    private final List<String> extensions;

    FileKind(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public List<String> extensions() {
        return extensions;
    }

    /**
     * The media type to serve a file of this kind with, given its (checked) name: Office files get the exact
     * type of their extension.
     */
    public String mediaType(String fileName) {
        String extension = extensionOf(fileName);
        return switch (this) {
            case OFFICE_OPEN_XML -> switch (extension) {
                case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                default -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            };
            case OFFICE_97 -> switch (extension) {
                case "xls" -> "application/vnd.ms-excel";
                case "ppt" -> "application/vnd.ms-powerpoint";
                default -> "application/msword";
            };
            case OPEN_DOCUMENT -> switch (extension) {
                case "ods" -> "application/vnd.oasis.opendocument.spreadsheet";
                case "odp" -> "application/vnd.oasis.opendocument.presentation";
                default -> "application/vnd.oasis.opendocument.text";
            };
            default -> mediaType;
        };
    }

    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** What the content is, from its first bytes; empty when it is none of the accepted kinds. */
    public static Optional<FileKind> sniff(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        if (content.length >= 12 && startsWith(content, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && Arrays.equals(Arrays.copyOfRange(content, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1})) {
            return Optional.of(OFFICE_97);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return ZipKinds.of(content);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }
}
