package dev.switchboard.core.spi;

import dev.switchboard.core.http.RequestOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The mutable state of one call across its attempts; confined to one call, never shared. */
final class CallState<T> {
    final ApiRequest request;
    /** The request's URL, built once for all attempts. */
    final okhttp3.HttpUrl url;
    final ResponseDecoder<T> decoder;
    /** Return the response unread (and accept 3xx) instead of decoding it. */
    final boolean raw;
    final RequestOptions options;
    final Instant deadline;
    final int maxRetries;
    final okhttp3.OkHttpClient client;
    final Duration attemptTimeout;
    /** What the body decodes to, for error messages. */
    final String target;
    /** Attempts made so far. */
    int attempts;
    /** Retries spent from the budget (a token refresh after 401 does not spend one). */
    int retriesSpent;
    boolean tokenRefreshed;
    /** Secret values used by the current attempt, scrubbed from anything we report. */
    final List<String> secrets = new ArrayList<>();
    /** The bearer token of the current attempt (OAuth), for invalidation on 401. */
    String token;
    /** The watch of the current blocking attempt; {@code null} for asynchronous calls. */
    CallWatch.Watch watch;

    CallState(ApiRequest request, okhttp3.HttpUrl url, ResponseDecoder<T> decoder, boolean raw, RequestOptions options, Instant deadline,
            int maxRetries, okhttp3.OkHttpClient client, Duration attemptTimeout, String target) {
        this.request = request;
        this.url = url;
        this.decoder = decoder;
        this.raw = raw;
        this.options = options;
        this.deadline = deadline;
        this.maxRetries = maxRetries;
        this.client = client;
        this.attemptTimeout = attemptTimeout;
        this.target = target;
    }
}
