package org.iclei.africa.resilient.shared.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import org.iclei.africa.resilient.shared.BusinessException;

/**
 * The rules every uploaded file passes before it is stored: at most {@link #MAX_BYTES}; a kind recognised from
 * its content (a renamed program is refused whatever its name says); a plain file name (no folders, no
 * {@code ..}, no control characters), cleaned to letters, digits, dots, dashes and underscores, whose extension
 * matches the content. Each refusal is a {@link BusinessException} whose key names a message for the user.
 */
public final class UploadCheck {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final String TOO_LARGE = "upload.tooLarge";
    public static final String EMPTY = "upload.empty";
    public static final String WRONG_KIND = "upload.wrongKind";
    public static final String BAD_NAME = "upload.badName";

    /** The limit of every upload unless a field names a smaller one: {@link #MAX_BYTES}, refused with {@link #TOO_LARGE}. */
    public static final Limit DEFAULT = new Limit(MAX_BYTES, TOO_LARGE);
    /** 10 MB, for files that members attach to their plan's rows; refused with its own message. */
    public static final Limit TEN_MB = new Limit(10L * 1024 * 1024, "upload.tooLarge.10mb");

    private static final int MAX_NAME = 120;

    /** A size limit in bytes and the message key of its refusal (which names the limit). */
    public record Limit(long maxBytes, String tooLargeKey) {
    }

    private UploadCheck() {
    }

    /** An accepted upload: its bytes, its cleaned name and what it is. */
    public record CheckedFile(String name, FileKind kind, byte[] content) {

        public String mediaType() {
            return kind.mediaType(name);
        }
    }

    /**
     * Reads and checks an upload.
     *
     * @param name     the name the browser sent
     * @param size     the size the browser announced (checked first, so an oversized file is not read)
     * @param content  the bytes; at most {@link #MAX_BYTES} + 1 are read
     * @param accepted the kinds this field accepts ({@link FileKind#DOCUMENTS} or {@link FileKind#IMAGES})
     */
    public static CheckedFile check(String name, long size, InputStream content, List<FileKind> accepted) {
        return check(name, size, content, accepted, DEFAULT);
    }

    /** The same with another size limit ({@link #TEN_MB}): at most {@code limit.maxBytes()} + 1 bytes are read. */
    public static CheckedFile check(String name, long size, InputStream content, List<FileKind> accepted, Limit limit) {
        if (size > limit.maxBytes()) {
            throw new BusinessException(limit.tooLargeKey());
        }
        try (InputStream in = content) {
            return check(name, in.readNBytes((int) limit.maxBytes() + 1), accepted, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CheckedFile check(String name, byte[] content, List<FileKind> accepted) {
        return check(name, content, accepted, DEFAULT);
    }

    public static CheckedFile check(String name, byte[] content, List<FileKind> accepted, Limit limit) {
        if (content.length > limit.maxBytes()) {
            throw new BusinessException(limit.tooLargeKey());
        }
        if (content.length == 0) {
            throw new BusinessException(EMPTY);
        }
        String cleaned = cleanName(name);
        FileKind kind = FileKind.sniff(content).filter(accepted::contains).orElseThrow(() -> new BusinessException(WRONG_KIND));
        if (!kind.extensions().contains(FileKind.extensionOf(cleaned))) {
            String extension = kind.extensions().get(0);
            String stem = stem(cleaned);
            cleaned = stem.substring(0, Math.min(stem.length(), MAX_NAME - extension.length() - 1)) + "." + extension;
        }
        return new CheckedFile(cleaned, kind, content);
    }

    /**
     * The name to store: refused when it names a folder or a parent ({@code /}, {@code \}, {@code ..}) or holds
     * control characters; otherwise accents are kept as base letters, other characters become {@code _}, and it is
     * cut to 120 characters (keeping its extension).
     */
    public static String cleanName(String name) {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.contains("..")
                || name.chars().anyMatch(Character::isISOControl)) {
            throw new BusinessException(BAD_NAME);
        }
        String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String cleaned = plain.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_+", "_").replaceAll("^[._]+", "");
        if (cleaned.isEmpty() || cleaned.startsWith(".")) {
            cleaned = "file" + cleaned;
        }
        if (cleaned.length() > MAX_NAME) {
            String extension = FileKind.extensionOf(cleaned);
            cleaned = cleaned.substring(0, MAX_NAME - extension.length() - 1) + "." + extension;
        }
        return cleaned;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
