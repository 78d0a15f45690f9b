package dev.switchboard.conversations.moveworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.TestJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One precedence rule: Moveworks' defaults, then the caller's settings, then {@code configure} hooks, on the main
 * transport and on the users entity's own one; {@code fromEnv} fills in only what was not set explicitly.
 */
class BuilderPrecedenceTest {
    private static final String CONVERSATIONS_COUNT = "/export/v1/records/conversations/$count";
    private static final String USERS_COUNT = "/export/v1/records/users/$count";
    /** One retry, 5 s after a 429 without Retry-After: unlike Moveworks' 5 retries, 60 s (90 s for users) apart. */
    private static final RetryPolicy ONE_QUICK_RETRY = RetryPolicy.builder().maxRetries(1)
            .rateLimitFallback(Duration.ofSeconds(5)).build();

    private final FakeServer server = FakeServer.start();
    private final Harness h = new Harness();

    @BeforeEach
    void routes() {
        server.route("GET", CONVERSATIONS_COUNT, r -> FakeResponse.text(200, "text/plain", "4"));
        server.route("GET", USERS_COUNT, r -> FakeResponse.text(200, "text/plain", "2"));
        server.route("POST", "/oauth/v1/token", r -> FakeResponse.json(
                "{\"access_token\":\"at-env\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void withoutACallerPolicyTheVendorDefaultsApply() {
        server.faults().statusSequence("GET", CONVERSATIONS_COUNT, 429);
        server.faults().statusSequence("GET", USERS_COUNT, 429);
        try (MoveworksDataApi api = h.withKey(server)) {
            assertEquals(4L, api.conversations().count());
            assertEquals(2L, api.users().count());
        }
        assertEquals(List.of(Duration.ofSeconds(60), Duration.ofSeconds(90)), h.sleeper.sleeps());
    }

    @Test
    void theCallersRetryPolicyWinsOnEveryEntityTheUsersEntityIncluded() {
        assertOneQuickRetryEverywhere(h.builder(server).apiKey(Harness.API_KEY).retryPolicy(ONE_QUICK_RETRY));
    }

    @Test
    void aConfigureHookWinsOnEveryEntityTheUsersEntityIncluded() {
        assertOneQuickRetryEverywhere(h.builder(server).apiKey(Harness.API_KEY)
                .configure(b -> b.retryPolicy(ONE_QUICK_RETRY)));
    }

    @Test
    void aConfigureHookWinsOverTheCallersSetter() {
        assertOneQuickRetryEverywhere(h.builder(server).apiKey(Harness.API_KEY).retryPolicy(RetryPolicy.none())
                .configure(b -> b.retryPolicy(ONE_QUICK_RETRY)));
    }

    private void assertOneQuickRetryEverywhere(MoveworksDataApi.Builder builder) {
        server.faults().statusSequence("GET", CONVERSATIONS_COUNT, 429, 429);
        server.faults().statusSequence("GET", USERS_COUNT, 429, 429);
        try (MoveworksDataApi api = builder.build()) {
            assertThrows(RateLimitException.class, () -> api.conversations().count());
            assertThrows(RateLimitException.class, () -> api.users().count());
        }
        assertEquals(4, server.requestCount(), "one retry each");
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5)), h.sleeper.sleeps());
    }

    @Test
    void fromEnvReadsTheApiKeyAndTheBaseUrl() {
        Map<String, String> env = Map.of("MOVEWORKS_API_KEY", "env-key-1", "MOVEWORKS_BASE_URL", server.baseUrl());
        try (MoveworksDataApi api = MoveworksDataApi.builder().clock(h.clock).sleeper(h.sleeper::sleep)
                .fromEnv(env::get).build()) {
            assertEquals(server.baseUrl(), api.baseUrl());
            assertEquals("MoveworksDataApi[" + server.baseUrl() + ", v1, API key]", api.toString());
            assertEquals(4L, api.conversations().count());
        }
        assertEquals("Bearer env-key-1", server.takeRequest().header("Authorization"));
    }

    @Test
    void fromEnvReadsClientCredentialsWhenThereIsNoApiKey() {
        Map<String, String> env = Map.of("MOVEWORKS_CLIENT_ID", "env-client", "MOVEWORKS_CLIENT_SECRET", "env-secret",
                "MOVEWORKS_BASE_URL", server.baseUrl());
        try (MoveworksDataApi api = MoveworksDataApi.builder().clock(h.clock).fromEnv(env::get).build()) {
            assertEquals("MoveworksDataApi[" + server.baseUrl() + ", v1, OAuth client credentials]", api.toString());
            assertEquals(4L, api.conversations().count());
        }
        FakeRequest token = server.takeRequest();
        assertEquals("/oauth/v1/token", token.target());
        assertEquals(TestJson.object("grant_type", "client_credentials", "client_id", "env-client",
                "client_secret", "env-secret"), token.json());
        assertEquals("Bearer at-env", server.takeRequest().header("Authorization"));
    }

    @Test
    void theApiKeyVariableComesBeforeTheClientCredentialVariables() {
        Map<String, String> env = Map.of("MOVEWORKS_API_KEY", "env-key-2", "MOVEWORKS_CLIENT_ID", "env-client",
                "MOVEWORKS_CLIENT_SECRET", "env-secret");
        try (MoveworksDataApi api = h.builder(server).fromEnv(env::get).build()) {
            api.conversations().count();
        }
        assertEquals(1, server.requestCount(), "no token request");
        assertEquals("Bearer env-key-2", server.takeRequest().header("Authorization"));
    }

    @Test
    void explicitSettingsWinOverTheEnvironmentWhicheverComesFirst() {
        Map<String, String> env = Map.of("MOVEWORKS_API_KEY", "env-key-3", "MOVEWORKS_BASE_URL", "http://127.0.0.1:9");
        try (MoveworksDataApi before = MoveworksDataApi.builder().fromEnv(env::get).baseUrl(server.baseUrl())
                .apiKey("explicit-key").clock(h.clock).build();
                MoveworksDataApi after = MoveworksDataApi.builder().baseUrl(server.baseUrl()).apiKey("explicit-key")
                        .clock(h.clock).fromEnv(env::get).build()) {
            assertEquals(server.baseUrl(), before.baseUrl());
            before.conversations().count();
            after.conversations().count();
        }
        assertEquals(List.of("Bearer explicit-key", "Bearer explicit-key"),
                server.requests().stream().map(r -> r.header("Authorization")).toList());
    }

    @Test
    void explicitClientCredentialsWinOverTheApiKeyVariable() {
        Map<String, String> env = Map.of("MOVEWORKS_API_KEY", "env-key-4");
        try (MoveworksDataApi api = h.builder(server).clientCredentials(Harness.CLIENT_ID, Harness.CLIENT_SECRET)
                .fromEnv(env::get).build()) {
            api.conversations().count();
        }
        FakeRequest token = server.takeRequest();
        assertEquals("/oauth/v1/token", token.target());
        assertNull(token.header("Authorization"));
        assertEquals("Bearer at-env", server.takeRequest().header("Authorization"));
    }

    @Test
    void blankOrHalfSetVariablesCountAsUnsetAndABadBaseUrlIsNamed() {
        Map<String, String> blank = Map.of("MOVEWORKS_API_KEY", "  ", "MOVEWORKS_CLIENT_ID", "only-the-id");
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> MoveworksDataApi.builder().fromEnv(blank::get).build());
        assertTrue(missing.getMessage().startsWith("MoveworksDataApi needs credentials"), missing.getMessage());
        Map<String, String> badUrl = Map.of("MOVEWORKS_API_KEY", "k", "MOVEWORKS_BASE_URL", "ftp://api.moveworks.ai");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MoveworksDataApi.builder().fromEnv(badUrl::get).build());
        assertTrue(e.getMessage().startsWith("MOVEWORKS_BASE_URL must "), e.getMessage());
        assertEquals(0, server.requestCount());
    }
}
