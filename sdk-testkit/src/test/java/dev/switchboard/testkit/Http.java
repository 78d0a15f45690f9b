package dev.switchboard.testkit;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A plain OkHttp client for the tests: no retries, no redirects, short timeouts. */
final class Http {

    static final OkHttpClient CLIENT = new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .callTimeout(Duration.ofSeconds(5))
            // No pooling: every call gets a fresh connection, so a stale socket to an earlier
            // server can never leak into another test.
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
            .build();

    /** A fully read response. */
    record Result(int code, okhttp3.Headers headers, String body) {
        String header(String name) {
            return headers.get(name);
        }

        List<String> headerValues(String name) {
            return headers.values(name);
        }
    }

    private Http() {}

    static Result get(String url) throws IOException {
        return execute(new Request.Builder().url(url).build());
    }

    static Result send(String method, String url, String json) throws IOException {
        RequestBody body = json == null ? null
                : RequestBody.create(json, MediaType.get("application/json"));
        return execute(new Request.Builder().url(url).method(method, body).build());
    }

    static Result execute(Request request) throws IOException {
        try (Response response = CLIENT.newCall(request).execute()) {
            return new Result(response.code(), response.headers(), response.body().string());
        }
    }
}
