package dev.switchboard.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.auth.OAuth2ClientCredentials;
import dev.switchboard.core.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Caches an OAuth 2.0 client-credentials token and refreshes it before expiry. However many threads ask at once,
 * at most one token request is in flight; they all get its result.
 */
final class TokenManager {
    private record Token(String value, Instant refreshAt) {
    }

    private final OAuth2ClientCredentials credentials;
    private final Clock clock;
    private final Function<ApiRequest, CompletableFuture<ApiResponse<JsonNode>>> sender;
    private Token cached;
    private CompletableFuture<String> inFlight;

    TokenManager(OAuth2ClientCredentials credentials, Clock clock,
            Function<ApiRequest, CompletableFuture<ApiResponse<JsonNode>>> sender) {
        this.credentials = credentials;
        this.clock = clock;
        this.sender = sender;
    }

    /** @return a valid token, from the cache or from the one request in flight */
    synchronized CompletableFuture<String> token() {
        if (cached != null && clock.instant().isBefore(cached.refreshAt)) {
            return CompletableFuture.completedFuture(cached.value);
        }
        if (inFlight != null) {
            return inFlight;
        }
        CompletableFuture<String> f = sender.apply(tokenRequest()).thenApply(this::accept);
        inFlight = f;
        f.whenComplete((t, e) -> {
            synchronized (this) {
                if (inFlight == f) {
                    inFlight = null;
                }
            }
        });
        return f;
    }

    /** Forgets {@code token} if it is the cached one (the API rejected it). */
    synchronized void invalidate(String token) {
        if (cached != null && cached.value.equals(token)) {
            cached = null;
        }
    }

    private ApiRequest tokenRequest() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "client_credentials");
        fields.put("client_id", credentials.clientId());
        fields.put("client_secret", credentials.clientSecret());
        if (credentials.scope() != null) {
            fields.put("scope", credentials.scope());
        }
        ApiRequest.Builder b = ApiRequest.absolute(HttpMethod.POST, credentials.tokenUrl()).unauthenticated().retrySafe();
        if (credentials.bodyFormat() == OAuth2ClientCredentials.BodyFormat.JSON) {
            b.jsonBody(fields);
        } else {
            b.formBody(fields);
        }
        return b.build();
    }

    private String accept(ApiResponse<JsonNode> response) {
        JsonNode body = response.value();
        JsonNode token = body == null ? null : body.get("access_token");
        if (token == null || !token.isTextual() || token.asText().isBlank()) {
            throw new DecodeException("the token response of " + UrlRedaction.withoutQuery(credentials.tokenUrl())
                    + " has no access_token", "", null);
        }
        Duration lifetime = credentials.defaultLifetime();
        JsonNode expiresIn = body.get("expires_in");
        if (expiresIn != null && (expiresIn.isNumber() || expiresIn.isTextual())) {
            long seconds = expiresIn.asLong(-1);
            if (seconds > 0) {
                lifetime = Duration.ofSeconds(seconds);
            }
        }
        Duration early = credentials.refreshBefore().compareTo(lifetime) < 0 ? credentials.refreshBefore() : lifetime.dividedBy(2);
        Token t = new Token(token.asText(), clock.instant().plus(lifetime).minus(early));
        synchronized (this) {
            cached = t;
        }
        return t.value;
    }

    @Override
    public String toString() {
        return "TokenManager[" + credentials + "]";
    }
}
