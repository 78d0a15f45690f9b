package dev.switchboard.testkit.webhooks;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs webhook deliveries to a receiver, the way LiveChat and Intercom do: the body exactly as given (never
 * re-encoded), the headers you pass, and for Intercom an {@code X-Hub-Signature} computed here.
 *
 * <pre>{@code
 * WebhookSender sender = WebhookSender.create();
 * WebhookSender.Response r = sender.postIntercom(URI.create("http://127.0.0.1:" + port + "/intercom"), body, "client-secret");
 * assertEquals(200, r.status());
 * }</pre>
 *
 * <p>Uses the JDK's HTTP client with finite timeouts and no redirects. Thread-safe.
 */
public final class WebhookSender {
    /** The header Intercom signs with. */
    public static final String INTERCOM_SIGNATURE_HEADER = "X-Hub-Signature";
    /** The user agent Intercom sends. */
    public static final String INTERCOM_USER_AGENT = "intercom-parrot-service-client/1.0";

    private final HttpClient client;
    private final Duration timeout;

    private WebhookSender(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** @return a sender with 10-second timeouts */
    public static WebhookSender create() {
        return create(Duration.ofSeconds(10));
    }

    /**
     * @param timeout the connect timeout and the time allowed for each response
     * @return a sender
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public static WebhookSender create(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        return new WebhookSender(timeout);
    }

    /**
     * POSTs a body with exactly the given headers.
     *
     * @param url where
     * @param body the raw body
     * @param headers header names to values; names the JDK client manages ({@code Host}, {@code Content-Length},
     *     {@code Connection}, ...) cannot be set
     * @return the receiver's answer
     * @throws UncheckedIOException if the request fails or the thread is interrupted (the flag is kept)
     * @throws IllegalArgumentException if a header is not allowed
     */
    public Response post(URI url, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Objects.requireNonNull(url, "url"))
                .timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Objects.requireNonNull(body, "body")));
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while POSTing to " + url));
        }
    }

    /**
     * @param url where
     * @param body the raw body
     * @param headerNamesAndValues name, value, name, value, ...
     * @return the receiver's answer
     * @throws IllegalArgumentException if an odd number of strings is given
     */
    public Response post(URI url, byte[] body, String... headerNamesAndValues) {
        if (headerNamesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("headers must be given as name, value pairs");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < headerNamesAndValues.length; i += 2) {
            headers.put(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
        }
        return post(url, body, headers);
    }

    /**
     * POSTs a LiveChat delivery: LiveChat signs nothing (the secret is inside the body), so only
     * {@code Content-Type: application/json} is added.
     *
     * @param url where
     * @param body the delivery, {@code secret_key} included
     * @return the receiver's answer
     */
    public Response postLiveChat(URI url, byte[] body) {
        return post(url, body, "Content-Type", "application/json");
    }

    /**
     * POSTs an Intercom notification signed with the client secret, with the headers Intercom sends.
     *
     * @param url where
     * @param body the notification body, exactly as it will be signed and sent
     * @param clientSecret the app's client secret (or a wrong one, to test rejection)
     * @return the receiver's answer
     */
    public Response postIntercom(URI url, byte[] body, String clientSecret) {
        return post(url, body, "Content-Type", "application/json", "Accept", "application/json", "User-Agent", INTERCOM_USER_AGENT,
                INTERCOM_SIGNATURE_HEADER, intercomSignature(body, clientSecret));
    }

    /**
     * @param body the body, exactly as sent
     * @param clientSecret the key, used as UTF-8 bytes
     * @return {@code sha1=} and the lowercase hex HMAC-SHA1 of the body
     */
    public static String intercomSignature(byte[] body, String clientSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return "sha1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available in this JVM", e);
        }
    }

    /**
     * What the receiver answered.
     *
     * @param status the HTTP status
     * @param body the response body
     * @param headers the response headers (names lower-case)
     */
    public record Response(int status, byte[] body, Map<String, List<String>> headers) {
        /** Copies the components. */
        public Response {
            body = body == null ? new byte[0] : body.clone();
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }

        /** @return a copy of the body */
        @Override
        public byte[] body() {
            return body.clone();
        }

        /** @return the body as UTF-8 text */
        public String bodyUtf8() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** @return the status and body size only */
        @Override
        public String toString() {
            return "Response[status=" + status + ", " + body.length + " bytes]";
        }
    }
}
