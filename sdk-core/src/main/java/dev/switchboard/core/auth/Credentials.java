package dev.switchboard.core.auth;

import dev.switchboard.core.spi.Checks;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How a client authenticates. Every kind prints as its kind only ({@code toString()} never shows a secret), and
 * its header is sent only to the configured base URL's origin: a redirect target or a next-page link on another
 * host never receives it.
 *
 * <pre>{@code
 * Credentials.bearer(System.getenv("INTERCOM_TOKEN"));
 * Credentials.apiKeyHeader("x-api-key", key);          // AlooChat
 * Credentials.keyScheme(key);                          // Suger: Authorization: Key <key>
 * Credentials.oauth2(OAuth2ClientCredentials.json(tokenUrl, clientId, clientSecret));
 * }</pre>
 */
public sealed interface Credentials
        permits Credentials.None, Credentials.Bearer, Credentials.ApiKeyHeader, Credentials.KeyScheme, OAuth2ClientCredentials {

    /** @return no credentials (public endpoints, or the sandbox) */
    static Credentials none() {
        return None.INSTANCE;
    }

    /**
     * @param token the bearer token
     * @return {@code Authorization: Bearer <token>}
     * @throws IllegalArgumentException if the token is blank or contains a line break or control character
     */
    static Credentials bearer(String token) {
        Checks.secret(token, "token");
        return new Bearer(() -> token);
    }

    /**
     * @param tokenSupplier asked for the current token before every attempt (for tokens rotated by the caller)
     * @return {@code Authorization: Bearer <token>}
     */
    static Credentials bearer(Supplier<String> tokenSupplier) {
        return new Bearer(Objects.requireNonNull(tokenSupplier, "tokenSupplier"));
    }

    /**
     * @param headerName the header that carries the key, for example {@code x-api-key}
     * @param key the API key
     * @return the key in that header
     * @throws IllegalArgumentException if the header name is empty or the key blank or contains control characters
     */
    static Credentials apiKeyHeader(String headerName, String key) {
        if (headerName == null || headerName.isBlank() || !headerName.chars().allMatch(c -> c > ' ' && c < 0x7f && c != ':')) {
            throw new IllegalArgumentException("headerName must be a legal, non-empty header name");
        }
        Checks.secret(key, "key");
        return new ApiKeyHeader(headerName, key);
    }

    /**
     * @param key the API key
     * @return {@code Authorization: Key <key>}
     * @throws IllegalArgumentException if the key is blank or contains control characters
     */
    static Credentials keyScheme(String key) {
        Checks.secret(key, "key");
        return new KeyScheme(key);
    }

    /**
     * @param clientCredentials token endpoint and client credentials
     * @return OAuth 2.0 client credentials: tokens fetched, cached and refreshed before expiry
     */
    static Credentials oauth2(OAuth2ClientCredentials clientCredentials) {
        return Objects.requireNonNull(clientCredentials, "clientCredentials");
    }

    /** @return names of headers that carry secrets for this kind (never sent to another origin, never logged) */
    List<String> headerNames();

    /** No credentials. */
    enum None implements Credentials {
        /** The only instance. */
        INSTANCE;

        @Override
        public List<String> headerNames() {
            return List.of();
        }

        @Override
        public String toString() {
            return "Credentials.none";
        }
    }

    /**
     * A bearer token, read per attempt from its supplier.
     *
     * @param token supplies the current token
     */
    record Bearer(Supplier<String> token) implements Credentials {
        @Override
        public List<String> headerNames() {
            return List.of("Authorization");
        }

        @Override
        public String toString() {
            return "Credentials.bearer[***]";
        }
    }

    /**
     * An API key in a named header.
     *
     * @param headerName header name
     * @param key the key
     */
    record ApiKeyHeader(String headerName, String key) implements Credentials {
        @Override
        public List<String> headerNames() {
            return List.of(headerName);
        }

        @Override
        public String toString() {
            return "Credentials.apiKeyHeader[" + headerName + ": ***]";
        }
    }

    /**
     * An API key in {@code Authorization: Key <key>}.
     *
     * @param key the key
     */
    record KeyScheme(String key) implements Credentials {
        @Override
        public List<String> headerNames() {
            return List.of("Authorization");
        }

        @Override
        public String toString() {
            return "Credentials.keyScheme[***]";
        }
    }
}
