package dev.switchboard.core.http;

import dev.switchboard.core.spi.Headers;

/**
 * Observes every HTTP response a transport receives (success or error, each attempt), for metrics and for APIs that
 * report quota in headers. Called on the thread that received the response; keep it quick and do not throw.
 */
@FunctionalInterface
public interface ResponseListener {

    /** A listener that does nothing. */
    ResponseListener NONE = (method, url, status, headers) -> { };

    /**
     * @param method request method
     * @param url request URL with secret query values masked
     * @param status HTTP status
     * @param headers response headers
     */
    void onResponse(String method, String url, int status, Headers headers);
}
