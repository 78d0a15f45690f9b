package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An immutable description of what a {@link FakeServer} sends back for one request: a normal
 * response, or one of the transport faults made by the fault factories.
 *
 * <p>The {@code with...} methods return a new instance and leave this one unchanged. {@code
 * Content-Length} is always computed from the body; it cannot be set by hand.
 *
 * <pre>{@code
 * FakeResponse.json(429, "{\"error\":\"slow_down\"}").withRetryAfterSeconds(2);
 * FakeResponse.truncatedJson(200, "{\"items\":[1,2,3]}", 7);   // body is the first 7 bytes
 * FakeResponse.disconnectBeforeResponse();                      // client gets an IOException
 * }</pre>
 */
public final class FakeResponse {

    /** How the response is put on the wire. */
    enum Kind {
        NORMAL,
        DISCONNECT_DURING_BODY,
        DISCONNECT_BEFORE_RESPONSE
    }

    static final String JSON = "application/json";
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
                    .withZone(ZoneOffset.UTC);

    private final Kind kind;
    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;
    private final long throttleBytes;
    private final Duration throttlePeriod;
    private final Duration headersDelay;

    private FakeResponse(Kind kind, int status, List<Map.Entry<String, String>> headers,
            byte[] body, long throttleBytes, Duration throttlePeriod, Duration headersDelay) {
        this.kind = kind;
        this.status = status;
        this.headers = List.copyOf(headers);
        this.body = body;
        this.throttleBytes = throttleBytes;
        this.throttlePeriod = throttlePeriod;
        this.headersDelay = headersDelay;
    }

    private static FakeResponse of(Kind kind, int status, String contentType, byte[] body) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (contentType != null) {
            headers.add(checkedHeader("Content-Type", contentType));
        }
        return new FakeResponse(kind, checkStatus(status), headers, body, 0, Duration.ZERO,
                Duration.ZERO);
    }

    // ---------------------------------------------------------------- factories

    /**
     * A JSON response ({@code Content-Type: application/json}).
     *
     * @param status the HTTP status, 200 to 599
     * @param json a valid JSON text, sent verbatim as UTF-8
     * @return the response
     * @throws IllegalArgumentException if {@code json} is not valid JSON (use {@link
     *     #text(int, String, String)} or {@link #truncatedJson(int, String, int)} to send broken JSON)
     */
    public static FakeResponse json(int status, String json) {
        checkJson(json);
        return of(Kind.NORMAL, status, JSON, utf8(json));
    }

    /**
     * A {@code 200} JSON response.
     *
     * @param json a valid JSON text, sent verbatim as UTF-8
     * @return the response
     * @throws IllegalArgumentException if {@code json} is not valid JSON
     */
    public static FakeResponse json(String json) {
        return json(200, json);
    }

    /**
     * A JSON response serialized compactly from a tree.
     *
     * @param status the HTTP status, 200 to 599
     * @param node the body
     * @return the response
     */
    public static FakeResponse json(int status, JsonNode node) {
        return of(Kind.NORMAL, status, JSON, utf8(TestJson.write(Objects.requireNonNull(node))));
    }

    /**
     * A {@code 200} JSON response serialized compactly from a tree.
     *
     * @param node the body
     * @return the response
     */
    public static FakeResponse json(JsonNode node) {
        return json(200, node);
    }

    /**
     * A response with no body and no {@code Content-Type}, such as a {@code 204}.
     *
     * @param status the HTTP status, 200 to 599
     * @return the response
     */
    public static FakeResponse status(int status) {
        return of(Kind.NORMAL, status, null, new byte[0]);
    }

    /**
     * A text response with the given content type.
     *
     * @param status the HTTP status, 200 to 599
     * @param contentType the {@code Content-Type} header, such as {@code text/plain; charset=utf-8}
     * @param body the body, sent as UTF-8
     * @return the response
     */
    public static FakeResponse text(int status, String contentType, String body) {
        return of(Kind.NORMAL, status, Objects.requireNonNull(contentType, "contentType"), utf8(body));
    }

    /**
     * An HTML response ({@code Content-Type: text/html; charset=utf-8}), handy for imitating the
     * error pages of proxies and load balancers.
     *
     * @param status the HTTP status, 200 to 599
     * @param html the body, sent as UTF-8
     * @return the response
     */
    public static FakeResponse html(int status, String html) {
        return text(status, "text/html; charset=utf-8", html);
    }

    /**
     * A redirect with a {@code Location} header and no body.
     *
     * @param status a 3xx status, such as 301, 302, 307 or 308
     * @param location the absolute or relative target URL
     * @return the response
     */
    public static FakeResponse redirect(int status, String location) {
        if (status < 300 || status > 399) {
            throw new IllegalArgumentException("a redirect needs a 3xx status, got " + status);
        }
        return status(status).withHeader("Location", location);
    }

    /**
     * A binary response.
     *
     * @param status the HTTP status, 200 to 599
     * @param contentType the {@code Content-Type} header
     * @param body the body bytes (copied)
     * @return the response
     */
    public static FakeResponse bytes(int status, String contentType, byte[] body) {
        return of(Kind.NORMAL, status, Objects.requireNonNull(contentType, "contentType"),
                body.clone());
    }

    // ---------------------------------------------------------------- fault factories

    /**
     * A JSON response whose body is cut after {@code keepBytes} bytes but framed correctly: the
     * {@code Content-Length} matches the shortened body, so the transfer succeeds and the client is
     * left with syntactically broken JSON.
     *
     * @param status the HTTP status, 200 to 599
     * @param json a valid JSON text
     * @param keepBytes how many bytes of the UTF-8 encoding to send (at most its length)
     * @return the response
     * @throws IllegalArgumentException if {@code json} is invalid or {@code keepBytes} is negative
     */
    public static FakeResponse truncatedJson(int status, String json, int keepBytes) {
        checkJson(json);
        if (keepBytes < 0) {
            throw new IllegalArgumentException("keepBytes must not be negative: " + keepBytes);
        }
        byte[] full = utf8(json);
        return of(Kind.NORMAL, status, JSON, Arrays.copyOf(full, Math.min(keepBytes, full.length)));
    }

    /**
     * A response that announces the full {@code Content-Length}, sends the headers and about half
     * of the body, then closes the connection: reading the body fails with an {@code IOException}.
     *
     * @param status the HTTP status, 200 to 599
     * @param contentType the {@code Content-Type} header
     * @param body the intended body; must not be empty
     * @return the response
     */
    public static FakeResponse disconnectDuringBody(int status, String contentType, String body) {
        byte[] bytes = utf8(body);
        if (bytes.length == 0) {
            throw new IllegalArgumentException("disconnectDuringBody needs a non-empty body");
        }
        return of(Kind.DISCONNECT_DURING_BODY, status,
                Objects.requireNonNull(contentType, "contentType"), bytes);
    }

    /**
     * No response at all: the server reads the request, then closes the connection without writing
     * a byte, so the client's call fails with an {@code IOException}. {@link #status()} is {@code 0}.
     *
     * <p>Clients that retry on connection failure (OkHttp does by default for reused connections)
     * may send the request again; the retry is routed normally.
     *
     * @return the response
     */
    public static FakeResponse disconnectBeforeResponse() {
        return new FakeResponse(Kind.DISCONNECT_BEFORE_RESPONSE, 0, List.of(), new byte[0], 0,
                Duration.ZERO, Duration.ZERO);
    }

    /**
     * A response whose body trickles out: {@code bytesPerPeriod} bytes, then a pause of {@code
     * period}, and so on. Useful for read-timeout tests.
     *
     * @param status the HTTP status, 200 to 599
     * @param contentType the {@code Content-Type} header
     * @param body the body, sent as UTF-8
     * @param bytesPerPeriod bytes written per period, at least 1
     * @param period the pause after each chunk, positive
     * @return the response
     */
    public static FakeResponse slowBody(int status, String contentType, String body,
            long bytesPerPeriod, Duration period) {
        if (bytesPerPeriod < 1) {
            throw new IllegalArgumentException("bytesPerPeriod must be positive: " + bytesPerPeriod);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        FakeResponse plain = text(status, contentType, body);
        return new FakeResponse(plain.kind, plain.status, plain.headers, plain.body, bytesPerPeriod,
                period, plain.headersDelay);
    }

    // ---------------------------------------------------------------- decorators

    /**
     * Returns a copy with one more header; earlier values of the same name are kept, so a header
     * may be given several times.
     *
     * @param name the header name; {@code Content-Length} and {@code Transfer-Encoding} are refused
     * @param value the value (printable ASCII or tab)
     * @return the new response
     * @throws IllegalArgumentException if the name or value is not valid in HTTP/1.1
     */
    public FakeResponse withHeader(String name, String value) {
        List<Map.Entry<String, String>> copy = new ArrayList<>(headers);
        copy.add(checkedHeader(name, value));
        return withHeaders(copy);
    }

    /**
     * Returns a copy whose {@code Retry-After} header (replacing any earlier one) is a number of
     * seconds.
     *
     * @param seconds the delay, not negative
     * @return the new response
     */
    public FakeResponse withRetryAfterSeconds(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("Retry-After seconds must not be negative: " + seconds);
        }
        return withReplacedHeader("Retry-After", Long.toString(seconds));
    }

    /**
     * Returns a copy whose {@code Retry-After} header (replacing any earlier one) is an HTTP date in
     * IMF-fixdate form, such as {@code Sun, 06 Nov 1994 08:49:37 GMT}; sub-second precision is
     * dropped.
     *
     * @param when the instant after which the client may retry
     * @return the new response
     */
    public FakeResponse withRetryAfterDate(Instant when) {
        return withReplacedHeader("Retry-After", IMF_FIXDATE.format(when));
    }

    /**
     * Returns a copy whose {@code X-RateLimit-Reset} header (replacing any earlier one) is the given
     * Unix time in seconds.
     *
     * @param epochSeconds when the rate-limit window resets
     * @return the new response
     */
    public FakeResponse withRateLimitReset(long epochSeconds) {
        return withReplacedHeader("X-RateLimit-Reset", Long.toString(epochSeconds));
    }

    /**
     * Returns a copy that waits before sending the status line and headers. Has no effect on
     * {@link #disconnectBeforeResponse()}.
     *
     * @param delay the wait, not negative; keep it short in tests
     * @return the new response
     */
    public FakeResponse withHeadersDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        return new FakeResponse(kind, status, headers, body, throttleBytes, throttlePeriod, delay);
    }

    // ---------------------------------------------------------------- accessors

    /**
     * Returns the HTTP status.
     *
     * @return the status, or {@code 0} for {@link #disconnectBeforeResponse()}
     */
    public int status() {
        return status;
    }

    /**
     * Returns the first value of a header set on this response.
     *
     * @param name the header name, matched ignoring case
     * @return the value, or {@code null} if absent
     */
    public String header(String name) {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /**
     * Returns the body as UTF-8 text; for fault responses this is what the server means to send
     * (for {@link #truncatedJson}, the truncated part).
     *
     * @return the body text, empty if none
     */
    public String bodyUtf8() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Describes the response for test failure messages.
     *
     * @return for example {@code FakeResponse[200 NORMAL, 17 bytes]}
     */
    @Override
    public String toString() {
        return "FakeResponse[" + status + " " + kind + ", " + body.length + " bytes]";
    }

    // ---------------------------------------------------------------- package-private wire view

    Kind kind() {
        return kind;
    }

    List<Map.Entry<String, String>> headerList() {
        return headers;
    }

    /** The body without copying; callers must not modify it. */
    byte[] rawBody() {
        return body;
    }

    long throttleBytes() {
        return throttleBytes;
    }

    Duration throttlePeriod() {
        return throttlePeriod;
    }

    Duration headersDelay() {
        return headersDelay;
    }

    // ---------------------------------------------------------------- helpers

    private FakeResponse withReplacedHeader(String name, String value) {
        List<Map.Entry<String, String>> copy = new ArrayList<>(headers);
        copy.removeIf(header -> header.getKey().equalsIgnoreCase(name));
        copy.add(checkedHeader(name, value));
        return withHeaders(copy);
    }

    private FakeResponse withHeaders(List<Map.Entry<String, String>> newHeaders) {
        return new FakeResponse(kind, status, newHeaders, body, throttleBytes, throttlePeriod,
                headersDelay);
    }

    private static Map.Entry<String, String> checkedHeader(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (!TOKEN.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid header name: '" + name + "'");
        }
        if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Transfer-Encoding")) {
            throw new IllegalArgumentException(
                    name + " is derived from the body; use truncatedJson or disconnectDuringBody for"
                            + " framing faults");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\t' && (c < 0x20 || c > 0x7e)) {
                throw new IllegalArgumentException(String.format(
                        "invalid character 0x%02x at %d in value of header %s", (int) c, i, name));
            }
        }
        return Map.entry(name, value);
    }

    private static int checkStatus(int status) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("status must be 200 to 599, got " + status);
        }
        return status;
    }

    private static void checkJson(String json) {
        try {
            TestJson.parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "FakeResponse.json needs valid JSON (" + e.getMessage() + "): " + json, e);
        }
    }

    private static byte[] utf8(String text) {
        return Objects.requireNonNull(text, "body").getBytes(StandardCharsets.UTF_8);
    }
}
