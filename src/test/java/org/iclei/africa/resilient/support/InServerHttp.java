package org.iclei.africa.resilient.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * GET requests that an Arquillian test sends, from inside the server, to a page of the same server with a
 * signed-in session cookie. The portal no longer lets Payara 6 restore the caller it registered with the session
 * (which lost the caller's groups now and then when two requests ran at once, Payara FISH-7515: a signed-in
 * member got 403); should a 403 still come, it is asked once more — a page that really is forbidden answers
 * 403 again, and the test fails. Black-box tests (their client outside the server) never retry.
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
