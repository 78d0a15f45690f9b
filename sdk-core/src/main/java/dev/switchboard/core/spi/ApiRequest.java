package dev.switchboard.core.spi;

import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.internal.HeaderChecks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable description of one API call: method, path (relative to the client's base URL) or an absolute URL,
 * query parameters, headers, body, whether a non-idempotent method is safe to retry, and per-request options.
 * Path parameters are percent-encoded as single segments, so an id can never change the path's shape.
 *
 * <pre>{@code
 * ApiRequest r = ApiRequest.builder(HttpMethod.GET, "/org/{orgId}/notificationEvent", orgId)
 *         .query("limit", "100")
 *         .build();
 * }</pre>
 */
public final class ApiRequest {
    private final HttpMethod method;
    private final String path;
    private final String absoluteUrl;
    private final List<Map.Entry<String, String>> query;
    private final Map<String, String> headers;
    private final RequestBody body;
    private final boolean retrySafe;
    private final boolean authenticated;
    private final RequestOptions options;

    private ApiRequest(Builder b) {
        this.method = b.method;
        this.path = b.path;
        this.absoluteUrl = b.absoluteUrl;
        this.query = List.copyOf(b.query);
        this.headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.body = b.body;
        this.retrySafe = b.retrySafe;
        this.authenticated = b.authenticated;
        this.options = b.options;
    }

    /**
     * Starts a request to a path relative to the client's base URL.
     *
     * @param method HTTP method
     * @param pathTemplate path with {@code {name}} placeholders, starting with {@code /}
     * @param pathArgs one value per placeholder, in order; each is encoded as one path segment
     * @return a builder
     * @throws IllegalArgumentException if the template is malformed, the argument count is wrong, or an argument is
     *     null, blank, {@code .} or {@code ..} (the message names the placeholder)
     */
    public static Builder builder(HttpMethod method, String pathTemplate, Object... pathArgs) {
        return new Builder(Objects.requireNonNull(method, "method"), PathTemplate.expand(pathTemplate, pathArgs), null);
    }

    /**
     * Starts a request to an absolute URL, such as a next-page link. It carries no query parameters of its own
     * beyond those in the URL.
     *
     * @param method HTTP method
     * @param url absolute {@code http} or {@code https} URL
     * @return a builder
     * @throws IllegalArgumentException if the URL is not absolute http(s)
     */
    public static Builder absolute(HttpMethod method, String url) {
        return new Builder(Objects.requireNonNull(method, "method"), null, checkAbsolute(url));
    }

    private static String checkAbsolute(String url) {
        if (url == null || !(url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7))) {
            throw new IllegalArgumentException("url must be an absolute http(s) URL");
        }
        return url;
    }

    /** @return a builder starting from this request */
    public Builder toBuilder() {
        Builder b = new Builder(method, path, absoluteUrl);
        b.query.addAll(query);
        b.headers.putAll(headers);
        b.body = body;
        b.retrySafe = retrySafe;
        b.authenticated = authenticated;
        b.options = options;
        return b;
    }

    /**
     * @param name query parameter name
     * @param value its new single value; {@code null} removes it
     * @return a copy in which {@code name} has only this value
     */
    public ApiRequest withQueryParam(String name, String value) {
        Builder b = toBuilder();
        b.query.removeIf(e -> e.getKey().equals(name));
        if (value != null) {
            b.query.add(Map.entry(name, value));
        }
        return b.build();
    }

    /**
     * @param newBody the new body
     * @return a copy with this body
     */
    public ApiRequest withBody(RequestBody newBody) {
        Builder b = toBuilder();
        b.body = newBody;
        return b.build();
    }

    /**
     * @param url absolute URL to send to instead, verbatim (query parameters of this request are dropped)
     * @return a copy aimed at {@code url}
     */
    public ApiRequest withAbsoluteUrl(String url) {
        Builder b = toBuilder();
        b.path = null;
        b.absoluteUrl = checkAbsolute(url);
        b.query.clear();
        return b.build();
    }

    /** @return the HTTP method */
    public HttpMethod method() {
        return method;
    }

    /** @return the encoded path relative to the base URL, when the request is not absolute */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** @return the absolute URL, when the request has one */
    public Optional<String> absoluteUrl() {
        return Optional.ofNullable(absoluteUrl);
    }

    /** @return query parameters in order; a name may repeat */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /**
     * @param name query parameter name
     * @return its first value
     */
    public Optional<String> queryParam(String name) {
        return query.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
    }

    /** @return request-specific headers */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return the body, if any */
    public Optional<RequestBody> body() {
        return Optional.ofNullable(body);
    }

    /** @return whether the request may be retried after it may have reached the server */
    public boolean retryable() {
        return method.idempotent() || retrySafe;
    }

    /** @return whether the endpoint declared this non-idempotent request safe to retry */
    public boolean retrySafe() {
        return retrySafe;
    }

    /** @return whether credentials are attached (false for token requests) */
    public boolean authenticated() {
        return authenticated;
    }

    /** @return per-request option overrides */
    public RequestOptions options() {
        return options;
    }

    /** @return method and path or URL; no query values, headers or body */
    @Override
    public String toString() {
        return method + " " + (path != null ? path : UrlRedaction.withoutQuery(absoluteUrl));
    }

    /** Builds {@link ApiRequest}; not thread-safe. */
    public static final class Builder {
        private final HttpMethod method;
        private String path;
        private String absoluteUrl;
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private RequestBody body;
        private boolean retrySafe;
        private boolean authenticated = true;
        private RequestOptions options = RequestOptions.none();

        private Builder(HttpMethod method, String path, String absoluteUrl) {
            this.method = method;
            this.path = path;
            this.absoluteUrl = absoluteUrl;
        }

        /**
         * Adds a query parameter; a {@code null} value is skipped so optional filters can be passed straight through.
         *
         * @param name parameter name
         * @param value parameter value, or {@code null}
         * @return this builder
         */
        public Builder query(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (value != null) {
                query.add(Map.entry(name, String.valueOf(value)));
            }
            return this;
        }

        /**
         * @param name header name
         * @param value header value
         * @return this builder
         * @throws IllegalArgumentException if not a legal header (the value is never echoed)
         */
        public Builder header(String name, String value) {
            HeaderChecks.check(name, value);
            headers.put(name, value);
            return this;
        }

        /**
         * @param value a model, map, list or JSON tree to send as JSON
         * @return this builder
         */
        public Builder jsonBody(Object value) {
            this.body = new RequestBody.Json(value);
            return this;
        }

        /**
         * @param fields form fields, in order
         * @return this builder
         */
        public Builder formBody(Map<String, String> fields) {
            this.body = new RequestBody.Form(fields);
            return this;
        }

        /**
         * @param body the body
         * @return this builder
         */
        public Builder body(RequestBody body) {
            this.body = body;
            return this;
        }

        /**
         * Declares that repeating this non-idempotent request is harmless (the endpoint is idempotent by design or
         * the request carries an idempotency key), so it is retried like a GET.
         *
         * @return this builder
         */
        public Builder retrySafe() {
            this.retrySafe = true;
            return this;
        }

        /**
         * Sends the request without the client's credentials (used for token requests).
         *
         * @return this builder
         */
        public Builder unauthenticated() {
            this.authenticated = false;
            return this;
        }

        /**
         * @param options per-request overrides
         * @return this builder
         */
        public Builder options(RequestOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /** @return the request */
        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }

    /** Encodes a path segment: everything but RFC 3986 unreserved characters is percent-encoded. */
    static String encodeSegment(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
