package org.iclei.africa.resilient.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for black-box tests: no redirects followed, no cookies kept unless sent. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Http() {
    }

    /**
     * The session cookies a response set, as a {@code Cookie} header's value: {@code JSESSIONID} and Payara's
     * {@code JSESSIONIDVERSION} (a distributable application's session is found only with both, as browsers send
     * them), or empty when it set no session cookie.
     */
    public static java.util.Optional<String> sessionCookies(HttpResponse<?> response) {
        java.util.List<String> pairs = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=") || c.startsWith("JSESSIONIDVERSION="))
                .map(c -> c.split(";", 2)[0].trim())
                .sorted(java.util.Comparator.comparing(p -> p.startsWith("JSESSIONIDVERSION="))) // JSESSIONID first
                .toList();
        return pairs.stream().anyMatch(p -> p.startsWith("JSESSIONID=")) ? java.util.Optional.of(String.join("; ", pairs))
                : java.util.Optional.empty();
    }

    public static HttpResponse<String> get(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    public static HttpResponse<byte[]> getBytes(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Separates the values of a field posted more than once (ticked checkboxes): see {@link #many}. */
    private static final char MANY = '\u001F';

    /** The value of a form field that is posted once per value, as ticked checkboxes of one name are. */
    public static String many(String... values) {
        return String.join(String.valueOf(MANY), values);
    }

    /**
     * Posts a multipart form (as a browser does for a form with a file input): {@code fields} as text parts and
     * one file part {@code fileField} named {@code fileName} with {@code content}.
     */
    public static HttpResponse<String> postMultipart(String url, Map<String, String> fields, String fileField, String fileName,
            String contentType, byte[] content, String... headers) {
        String boundary = "----portal-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue() + "\r\n");
        }
        if (fileField != null) {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            body.writeBytes(content);
            text.accept("\r\n");
        }
        text.accept("--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Posts a form, as a browser does, with the fields URL-encoded in the given order (a {@link #many} value once per value). */
    public static HttpResponse<String> postForm(String url, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .flatMap(e -> java.util.Arrays.stream(e.getValue().split(String.valueOf(MANY), -1))
                        .map(value -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
