package org.iclei.africa.resilient.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered page as {@link PublicPageCache} keeps and sends it: the headers the portal set for it (security headers
 * included), its bytes, the same compressed, and its entity tag.
 *
 * @param status   the status the page was rendered with (only 200 pages are kept)
 * @param headers  the headers to send again, without those that belong to one answer (cookies, length, date)
 * @param body     the bytes as rendered
 * @param gzip     the same compressed, or null when too short to gain from it
 * @param etag     the entity tag of the bytes as rendered (the content revision and a checksum of the bytes), or null
 *                 when not a 200 page; the compressed bytes carry it with {@code -gz} (a tag names one representation)
 * @param revision the content revision it was rendered at
 * @param createdAt when it was rendered (epoch milliseconds)
 */
record CachedPage(int status, Map<String, List<String>> headers, byte[] body, byte[] gzip, String etag, long revision, long createdAt) {

    private static final int MIN_COMPRESSED = 256;
    /** Headers that belong to one answer, or that this class sets itself. */
    private static final Set<String> OWN = Set.of("set-cookie", "content-length", "date", "content-encoding", "etag",
            "transfer-encoding", "vary", "content-type");

    /** The page the portal just rendered into {@code response} (its headers) and {@code body}. */
    static CachedPage of(HttpServletResponse response, byte[] body, long revision, long now) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!OWN.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        if (response.getContentType() != null) {
            headers.put("Content-Type", List.of(response.getContentType()));
        }
        int status = response.getStatus();
        String etag = null;
        if (status == HttpServletResponse.SC_OK) {
            CRC32 crc = new CRC32();
            crc.update(body);
            etag = "\"" + Long.toString(revision, 36) + "-" + Long.toHexString(crc.getValue()) + "-" + body.length + "\"";
        }
        return new CachedPage(status, Map.copyOf(headers), body, body.length >= MIN_COMPRESSED ? gzip(body) : null, etag, revision, now);
    }

    /** About the memory it takes: its bytes and its compressed bytes. */
    long size() {
        return body.length + (gzip == null ? 0 : gzip.length);
    }

    /**
     * Sends the page: 304 when the browser has it already, else the bytes, compressed when the browser accepts it.
     *
     * @param replay whether to set the page's headers (a kept page), or whether the portal just set them (a page just rendered)
     */
    void send(HttpServletRequest request, HttpServletResponse response, boolean replay) throws IOException {
        if (replay) {
            headers.forEach((name, values) -> {
                response.setHeader(name, values.get(0));
                values.stream().skip(1).forEach(value -> response.addHeader(name, value));
            });
        }
        response.setStatus(status);
        response.setHeader("Vary", "Accept-Encoding, Accept-Language, Cookie");
        boolean compressed = gzip != null && acceptsGzip(request.getHeader("Accept-Encoding"));
        if (etag != null) {
            String tag = compressed ? etag.substring(0, etag.length() - 1) + "-gz\"" : etag;
            response.setHeader("ETag", tag);
            if (!response.containsHeader("Cache-Control")) {
                response.setHeader("Cache-Control", "no-cache"); // kept by the browser, asked again with If-None-Match
            }
            if (matches(request.getHeader("If-None-Match"), tag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        byte[] bytes = body;
        if (compressed) {
            response.setHeader("Content-Encoding", "gzip");
            bytes = gzip;
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] coding = part.strip().split(";");
            if (coding[0].strip().equals("gzip") || coding[0].strip().equals("*")) {
                return coding.length == 1 || !coding[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
