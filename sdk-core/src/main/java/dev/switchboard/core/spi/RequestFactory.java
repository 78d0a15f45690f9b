package dev.switchboard.core.spi;

import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.json.Json;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;

/** Turns an {@link ApiRequest} into an OkHttp request: URL, headers, credentials (same origin only) and body. */
final class RequestFactory {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final ClientConfig config;
    private final HttpUrl base;
    private final String userAgent;
    /** Lower-cased names of headers that are never sent to another origin. */
    private final Set<String> sensitive = new HashSet<>();

    RequestFactory(ClientConfig config) {
        this.config = config;
        this.base = HttpUrl.get(config.baseUrl());
        this.userAgent = SdkVersion.userAgent(config.userAgentSuffix());
        sensitive.addAll(Set.of("authorization", "proxy-authorization", "cookie"));
        config.credentials().headerNames().forEach(n -> sensitive.add(n.toLowerCase(Locale.ROOT)));
        config.sensitiveHeaders().forEach(n -> sensitive.add(n.toLowerCase(Locale.ROOT)));
    }

    /**
     * The request's URL, built once per call: an absolute URL is parsed as given; a path is appended to the
     * pre-parsed base URL's segments (it is already percent-encoded by {@link PathTemplate}) and the query is added,
     * so nothing is parsed from text twice.
     */
    HttpUrl url(ApiRequest r) {
        if (r.absoluteUrl().isPresent()) {
            HttpUrl u = HttpUrl.parse(r.absoluteUrl().get());
            if (u == null) {
                throw new IllegalArgumentException("not a valid URL: " + UrlRedaction.redact(r.absoluteUrl().get()));
            }
            return u;
        }
        String path = r.path().orElseThrow();
        HttpUrl.Builder b;
        if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0 || !path.startsWith("/")) {
            // A template with its own query string: parse it as text.
            HttpUrl u = HttpUrl.parse(config.baseUrl() + path);
            if (u == null) {
                throw new IllegalArgumentException("not a valid path: " + path);
            }
            b = u.newBuilder();
        } else {
            b = base.newBuilder();
            if (path.length() > 1) {
                b.addEncodedPathSegments(path.substring(1));
            }
        }
        for (Map.Entry<String, String> q : r.query()) {
            b.addQueryParameter(q.getKey(), q.getValue());
        }
        return b.build();
    }

    /** @return whether {@code url} has the base URL's scheme, host and port */
    boolean sameOrigin(HttpUrl url) {
        return url.scheme().equals(base.scheme()) && url.host().equalsIgnoreCase(base.host()) && url.port() == base.port();
    }

    /** @return whether credentials may be attached to a request for {@code url} */
    boolean wantsCredentials(ApiRequest r, HttpUrl url) {
        return r.authenticated() && sameOrigin(url);
    }

    Request build(ApiRequest r, HttpUrl url, RequestOptions options, Map<String, String> credentials, byte[] body) {
        Request.Builder b = new Request.Builder().url(url);
        b.header("Accept", "application/json");
        b.header("User-Agent", userAgent);
        config.defaultHeaders().forEach(b::header);
        options.headers().forEach(b::header);
        r.headers().forEach(b::header);
        boolean trusted = sameOrigin(url);
        if (!trusted) {
            for (String name : sensitive) {
                b.removeHeader(name);
            }
        }
        if (trusted && r.authenticated()) {
            credentials.forEach(b::header);
        }
        okhttp3.RequestBody requestBody = null;
        if (r.body().isPresent()) {
            RequestBody rb = r.body().get();
            if (rb instanceof RequestBody.Form form) {
                okhttp3.FormBody.Builder fb = new okhttp3.FormBody.Builder();
                form.fields().forEach(fb::add);
                requestBody = fb.build();
            } else if (rb instanceof RequestBody.Bytes bytes) {
                requestBody = okhttp3.RequestBody.create(body, MediaType.get(bytes.contentType()));
            } else {
                requestBody = okhttp3.RequestBody.create(body, JSON);
            }
        } else if (r.method() == HttpMethod.POST || r.method() == HttpMethod.PUT || r.method() == HttpMethod.PATCH) {
            requestBody = okhttp3.RequestBody.create(new byte[0], null);
        }
        if (requestBody != null && (r.method() == HttpMethod.GET || r.method() == HttpMethod.HEAD)) {
            throw new IllegalArgumentException(r.method() + " requests cannot have a body");
        }
        return b.method(r.method().name(), requestBody).build();
    }

    /** @return the body bytes of a JSON or raw body (written once per call), or {@code null} */
    static byte[] bodyBytes(ApiRequest r) {
        if (r.body().isEmpty()) {
            return null;
        }
        RequestBody rb = r.body().get();
        if (rb instanceof RequestBody.Json json) {
            return Json.writeBytes(json.value());
        }
        if (rb instanceof RequestBody.Bytes bytes) {
            return bytes.bytes();
        }
        return null;
    }
}
