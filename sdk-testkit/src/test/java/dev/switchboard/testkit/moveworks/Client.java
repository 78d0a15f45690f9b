package dev.switchboard.testkit.moveworks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.TestJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A bare OkHttp client for the fake's tests: no retries, no redirects, short timeouts. */
final class Client {
    private static final OkHttpClient HTTP = new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .callTimeout(Duration.ofSeconds(5))
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
            .build();

    /** A fully read response. */
    record Result(int code, String contentType, String retryAfter, String body) {
        JsonNode json() {
            return TestJson.parse(body);
        }
    }

    private Client() {
    }

    /** @return a URL builder for a path on the fake */
    static HttpUrl.Builder url(FakeMoveworksDataApi fake, String path) {
        return HttpUrl.get(fake.url(path)).newBuilder();
    }

    static Result get(HttpUrl url, String authorization) {
        Request.Builder b = new Request.Builder().url(url);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return execute(b.build());
    }

    static Result get(String url, String authorization) {
        return get(HttpUrl.get(url), authorization);
    }

    static Result post(FakeMoveworksDataApi fake, String path, String body, String contentType) {
        return execute(new Request.Builder().url(fake.url(path)).post(RequestBody.create(body, MediaType.get(contentType))).build());
    }

    private static Result execute(Request request) {
        try (Response r = HTTP.newCall(request).execute()) {
            return new Result(r.code(), r.header("Content-Type"), r.header("Retry-After"), r.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
