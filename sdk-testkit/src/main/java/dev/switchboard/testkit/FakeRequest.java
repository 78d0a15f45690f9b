package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable record of one HTTP request received by a {@link FakeServer}.
 *
 * <p>Handlers receive it to decide on a response; tests get it back from {@link
 * FakeServer#takeRequest()} or {@link FakeServer#requests()} to check what the client sent.
 */
public final class FakeRequest {

    private static final int BODY_PREVIEW_CHARS = 200;

    private final String method;
    private final String target;
    private final String url;
    private final String path;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    /**
     * Creates a request record; every argument is copied.
     *
     * @param headers header values by name as sent; names differing only in case must already be
     *     merged under one key
     */
    FakeRequest(
            String method,
            String target,
            String url,
            String path,
            Map<String, String> pathParams,
            Map<String, List<String>> query,
            Map<String, List<String>> headers,
            byte[] body) {
        this.method = Objects.requireNonNull(method, "method");
        this.target = Objects.requireNonNull(target, "target");
        this.url = Objects.requireNonNull(url, "url");
        this.path = Objects.requireNonNull(path, "path");
        this.pathParams = Collections.unmodifiableMap(new LinkedHashMap<>(pathParams));
        this.query = copyMulti(query);
        this.headers = copyMulti(headers);
        this.body = body.clone();
    }

    private static Map<String, List<String>> copyMulti(Map<String, List<String>> source) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        source.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the HTTP method as sent, such as {@code GET}.
     *
     * @return the method
     */
    public String method() {
        return method;
    }

    /**
     * Returns the percent-decoded path without the query, such as {@code /org/a b/items}.
     *
     * @return the decoded path, always starting with {@code /}
     */
    public String path() {
        return path;
    }

    /**
     * Returns the raw request target from the request line, query included, exactly as sent.
     *
     * @return the raw target, such as {@code /org/a%20b/items?page=2}
     */
    public String target() {
        return target;
    }

    /**
     * Returns the full URL of the request as the server saw it.
     *
     * @return the URL, such as {@code http://127.0.0.1:41234/org/1/items?page=2}
     */
    public String url() {
        return url;
    }

    /**
     * Returns the values bound to the {@code {name}} segments of the matched route template.
     *
     * @return parameters by name in template order; empty when no route (or a template without
     *     parameters) matched
     */
    public Map<String, String> pathParams() {
        return pathParams;
    }

    /**
     * Returns the decoded value of one path parameter.
     *
     * @param name the parameter name as written in the template, without braces
     * @return the decoded segment value
     * @throws IllegalArgumentException if the matched route has no parameter of that name
     */
    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no path parameter {" + name + "} on " + this
                    + "; the matched route has " + pathParams.keySet());
        }
        return value;
    }

    /**
     * Returns the first decoded value of a query parameter; a parameter written without {@code =}
     * (as in {@code ?flag}) has the value {@code ""}.
     *
     * @param name the decoded parameter name, case-sensitive
     * @return the first value, or {@code null} if the parameter is absent
     */
    public String query(String name) {
        List<String> values = query.get(name);
        return values == null ? null : values.get(0);
    }

    /**
     * Returns every decoded value of a query parameter, in the order sent.
     *
     * @param name the decoded parameter name, case-sensitive
     * @return the values; empty if the parameter is absent
     */
    public List<String> queryAll(String name) {
        return query.getOrDefault(name, List.of());
    }

    /**
     * Returns all decoded query parameters.
     *
     * @return values by name, names in order of first appearance
     */
    public Map<String, List<String>> queryParams() {
        return query;
    }

    /**
     * Returns the first value of a header.
     *
     * @param name the header name, matched ignoring case
     * @return the first value, or {@code null} if the header is absent
     */
    public String header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /**
     * Returns every value of a header, in the order sent.
     *
     * @param name the header name, matched ignoring case
     * @return the values; empty if the header is absent
     */
    public List<String> headers(String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return List.of();
    }

    /**
     * Returns all headers. Names keep the spelling of their first occurrence; values of names that
     * differ only in case are merged under that spelling.
     *
     * @return values by name, in order of first appearance
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * Returns a copy of the request body.
     *
     * @return the body bytes; an empty array when the request had no body
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * Returns the request body decoded as UTF-8.
     *
     * @return the body text; empty when the request had no body
     */
    public String bodyUtf8() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Parses the request body as JSON.
     *
     * @return the parsed body
     * @throws AssertionError if the body is empty or is not a single valid JSON value
     */
    public JsonNode json() {
        if (body.length == 0) {
            throw new AssertionError("expected a JSON body on " + this + " but the body is empty");
        }
        try {
            return TestJson.parseBytes(body);
        } catch (IllegalArgumentException e) {
            String text = bodyUtf8();
            String preview = text.length() <= BODY_PREVIEW_CHARS
                    ? text : text.substring(0, BODY_PREVIEW_CHARS) + "...";
            throw new AssertionError("expected a JSON body on " + this + " but it is not JSON ("
                    + e.getMessage() + "); body: " + preview, e);
        }
    }

    /**
     * Returns the method and raw target, such as {@code GET /org/1/items?page=2}.
     *
     * @return a short description for assertion messages
     */
    @Override
    public String toString() {
        return method + " " + target;
    }

    /** Groups header name/value pairs by name ignoring case, keeping the first spelling. */
    static Map<String, List<String>> groupHeaders(List<String> names, List<String> values) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String key = name;
            for (String existing : grouped.keySet()) {
                if (existing.equalsIgnoreCase(name)) {
                    key = existing;
                    break;
                }
            }
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(values.get(i));
        }
        return grouped;
    }
}
