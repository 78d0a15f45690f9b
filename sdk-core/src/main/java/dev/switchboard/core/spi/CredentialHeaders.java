package dev.switchboard.core.spi;

import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.auth.OAuth2ClientCredentials;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Produces the credential header of each attempt, and the secret values that must be scrubbed. */
final class CredentialHeaders {
    private final Credentials credentials;
    private final TokenManager tokens;
    private final java.util.Set<String> extraSecrets;

    CredentialHeaders(Credentials credentials, TokenManager tokens, java.util.Set<String> extraSecrets) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.extraSecrets = extraSecrets;
    }

    /** @return the header name and value to send, or an empty map for no credentials */
    CompletableFuture<Map<String, String>> headers(CallState<?> state) {
        state.secrets.clear();
        state.secrets.addAll(staticSecrets());
        state.token = null;
        if (credentials instanceof Credentials.Bearer b) {
            String token = b.token().get();
            if (token == null || token.isBlank() || token.chars().anyMatch(c -> c < ' ' || c == 0x7f)) {
                return CompletableFuture.failedFuture(new IllegalStateException(
                        "the bearer token supplier returned a blank token or one with control characters (value not shown)"));
            }
            state.secrets.add(token);
            return CompletableFuture.completedFuture(Map.of("Authorization", "Bearer " + token));
        }
        if (credentials instanceof Credentials.ApiKeyHeader k) {
            state.secrets.add(k.key());
            return CompletableFuture.completedFuture(Map.of(k.headerName(), k.key()));
        }
        if (credentials instanceof Credentials.KeyScheme k) {
            state.secrets.add(k.key());
            return CompletableFuture.completedFuture(Map.of("Authorization", "Key " + k.key()));
        }
        if (credentials instanceof OAuth2ClientCredentials o) {
            state.secrets.add(o.clientSecret());
            return tokens.token().thenApply(token -> {
                state.secrets.add(token);
                state.token = token;
                return Map.of("Authorization", "Bearer " + token);
            });
        }
        return CompletableFuture.completedFuture(Map.of());
    }

    /**
     * @return secrets known before any request, scrubbed from every report, including those of requests sent without
     *     credentials (a token endpoint may echo the client secret)
     */
    List<String> staticSecrets() {
        // A bearer token comes from its supplier once per attempt, and is added to the attempt's secrets then.
        List<String> out = new java.util.ArrayList<>(extraSecrets);
        if (credentials instanceof Credentials.ApiKeyHeader k) {
            out.add(k.key());
        } else if (credentials instanceof Credentials.KeyScheme k) {
            out.add(k.key());
        } else if (credentials instanceof OAuth2ClientCredentials o) {
            out.add(o.clientSecret());
        }
        return out;
    }

    /** @return whether a 401 should refresh the token and try once more */
    boolean refreshable() {
        return tokens != null;
    }

    void invalidate(String token) {
        if (tokens != null && token != null) {
            tokens.invalidate(token);
        }
    }
}
