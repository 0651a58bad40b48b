package org.iclei.africa.resilient.web.support;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The name of a file the portal gives to download, after what it holds and the day it was made
 * ({@code resilience-plan-saint-louis-2026-11-29.pdf}), sent as {@code Content-Disposition: attachment} with a plain
 * ASCII {@code filename} for every browser and a {@code filename*} in UTF-8 that keeps the place's accents
 * ({@code resilience-plan-kédougou-…}).
 */
public record DownloadName(String ascii, String unicode) {

    /** {@code prefix-place-date.extension}, the place in lower case with dashes between its words. */
    public static DownloadName of(String prefix, String place, LocalDate date, String extension) {
        String words = place == null ? "" : place.toLowerCase(Locale.ROOT).strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        String plain = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        String tail = "-" + date + "." + extension;
        return new DownloadName(prefix + (plain.isEmpty() ? "" : "-" + plain) + tail, prefix + (words.isEmpty() ? "" : "-" + words) + tail);
    }

    /** The name without its extension, e.g. for the folder inside a ZIP file. */
    public String base() {
        return ascii.substring(0, ascii.lastIndexOf('.'));
    }

    /** Sets {@code Content-Disposition: attachment} with both names. */
    public void attach(HttpServletResponse response) {
        String encoded = URLEncoder.encode(unicode, StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
    }
}
