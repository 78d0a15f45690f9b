package dev.switchboard.core.auth;

import dev.switchboard.core.spi.Checks;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4): the client posts its id and secret to a token endpoint and sends
 * the returned access token as {@code Authorization: Bearer}. The token is cached, refreshed {@code refreshBefore}
 * its expiry, refreshed once more if the API answers 401, and fetched by at most one request at a time however many
 * threads call.
 *
 * @param tokenUrl absolute URL of the token endpoint, for example {@code https://api.moveworks.ai/oauth/v1/token}
 * @param clientId client id
 * @param clientSecret client secret
 * @param scope requested scope, or {@code null}
 * @param bodyFormat whether the token request body is JSON or a form
 * @param refreshBefore how long before expiry a new token is fetched
 * @param defaultLifetime assumed lifetime when the token response has no {@code expires_in}
 */
public record OAuth2ClientCredentials(
        String tokenUrl,
        String clientId,
        String clientSecret,
        String scope,
        BodyFormat bodyFormat,
        Duration refreshBefore,
        Duration defaultLifetime) implements Credentials {

    /** How the token request carries the client credentials. */
    public enum BodyFormat {
        /** {@code {"grant_type":"client_credentials","client_id":...,"client_secret":...}} */
        JSON,
        /** {@code grant_type=client_credentials&client_id=...&client_secret=...} */
        FORM
    }

    /** Checks the components; messages never contain the secret. */
    public OAuth2ClientCredentials {
        if (tokenUrl == null || !(tokenUrl.startsWith("https://") || tokenUrl.startsWith("http://"))) {
            throw new IllegalArgumentException("tokenUrl must be an absolute http(s) URL");
        }
        Checks.secret(clientId, "clientId");
        Checks.secret(clientSecret, "clientSecret");
        Objects.requireNonNull(bodyFormat, "bodyFormat");
        if (refreshBefore == null || refreshBefore.isNegative()) {
            throw new IllegalArgumentException("refreshBefore must be zero or positive");
        }
        if (defaultLifetime == null || defaultLifetime.isNegative() || defaultLifetime.isZero()) {
            throw new IllegalArgumentException("defaultLifetime must be positive");
        }
    }

    /**
     * @param tokenUrl token endpoint
     * @param clientId client id
     * @param clientSecret client secret
     * @return credentials posting a JSON body, refreshing 60 s before expiry, assuming 3600 s lifetimes
     */
    public static OAuth2ClientCredentials json(String tokenUrl, String clientId, String clientSecret) {
        return new OAuth2ClientCredentials(tokenUrl, clientId, clientSecret, null, BodyFormat.JSON,
                Duration.ofSeconds(60), Duration.ofSeconds(3600));
    }

    /**
     * @param tokenUrl token endpoint
     * @param clientId client id
     * @param clientSecret client secret
     * @return credentials posting a form body, refreshing 60 s before expiry, assuming 3600 s lifetimes
     */
    public static OAuth2ClientCredentials form(String tokenUrl, String clientId, String clientSecret) {
        return new OAuth2ClientCredentials(tokenUrl, clientId, clientSecret, null, BodyFormat.FORM,
                Duration.ofSeconds(60), Duration.ofSeconds(3600));
    }

    /**
     * @param newScope scope to request
     * @return a copy requesting that scope
     */
    public OAuth2ClientCredentials withScope(String newScope) {
        return new OAuth2ClientCredentials(tokenUrl, clientId, clientSecret, newScope, bodyFormat, refreshBefore, defaultLifetime);
    }

    @Override
    public List<String> headerNames() {
        return List.of("Authorization");
    }

    /** @return the token URL and client id; the secret is masked */
    @Override
    public String toString() {
        return "Credentials.oauth2[" + tokenUrl + ", clientId=" + clientId + ", clientSecret=***]";
    }
}
