package dev.switchboard.testkit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;

/** Translates a {@link FakeResponse} into MockWebServer's wire-level {@link MockResponse}. */
final class MockResponses {

    private MockResponses() {}

    static MockResponse toMockResponse(FakeResponse response) {
        MockResponse.Builder builder = new MockResponse.Builder();
        if (response.kind() == FakeResponse.Kind.DISCONNECT_BEFORE_RESPONSE) {
            // Closes the socket after the request is read and before the status line is written.
            return builder.onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
        }
        builder.code(response.status());
        // Sets Content-Length from the body; user headers cannot override it (FakeResponse refuses).
        builder.body(new Buffer().write(response.rawBody()));
        for (Map.Entry<String, String> header : response.headerList()) {
            builder.addHeader(header.getKey(), header.getValue());
        }
        Duration headersDelay = response.headersDelay();
        if (!headersDelay.isZero()) {
            builder.headersDelay(headersDelay.toNanos(), TimeUnit.NANOSECONDS);
        }
        if (response.throttleBytes() > 0) {
            builder.throttleBody(
                    response.throttleBytes(), response.throttlePeriod().toNanos(), TimeUnit.NANOSECONDS);
        }
        if (response.kind() == FakeResponse.Kind.DISCONNECT_DURING_BODY) {
            // MockWebServer writes half of the announced body, flushes, then closes the socket.
            builder.onResponseBody(SocketEffect.ShutdownConnection.INSTANCE);
        }
        return builder.build();
    }
}
