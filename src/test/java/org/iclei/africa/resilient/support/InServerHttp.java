package org.iclei.africa.resilient.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * GET requests that an Arquillian test sends, from inside the server, to a page of the same server with a
 * signed-in session cookie. Payara 6 sometimes answers such a request 403 although the session's caller has
 * the role: the test's own request is still running in the server, and two concurrent requests can lose the
 * caller's groups restored from the session (Payara FISH-7515, "Concurrency issues causing HTTP 403", fixed in
 * the Payara 7 line). So a 403 is asked once more: a page that really is forbidden answers 403 again, and the
 * test still fails. Black-box tests (their client outside the server) never retry.
 */
public final class InServerHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private InServerHttp() {
    }

    public static HttpResponse<String> get(URI uri, String cookie) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Cookie", cookie).build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 403 ? CLIENT.send(request, HttpResponse.BodyHandlers.ofString()) : response;
    }
}
