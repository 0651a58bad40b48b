package org.iclei.africa.resilient.web.content;

/**
 * What a public page shows at its top: title, summary and body (sanitised HTML, may be empty), and
 * whether the text is in another language than the visitor's ({@link #isFallback()}; then
 * {@link #getLanguage()} names it for the {@code lang} attribute).
 */
public record PageText(String title, String summary, String body, String language, boolean fallback) {

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isFallback() {
        return fallback;
    }

    public boolean isHasBody() {
        return body != null && !body.isBlank();
    }
}
