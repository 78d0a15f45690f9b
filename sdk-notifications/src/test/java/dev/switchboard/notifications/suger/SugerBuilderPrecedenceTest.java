package dev.switchboard.notifications.suger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.suger.FakeSuger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One precedence rule for {@link Suger.Builder}: Suger's defaults, then the caller's settings, then {@code configure}
 * hooks; {@code fromEnv} fills in only what was not set explicitly, and is not remembered by the builder.
 */
class SugerBuilderPrecedenceTest {
    private static final String PATH = "/org/{orgId}/notificationMessage/{id}";
    /** One retry, 5 s after a 429 without Retry-After: unlike the default policy's jittered backoff and 3 retries. */
    private static final RetryPolicy ONE_QUICK_RETRY = RetryPolicy.builder().maxRetries(1)
            .rateLimitFallback(Duration.ofSeconds(5)).build();

    private final FakeServer server = FakeServer.start();
    private final ManualClock clock = ManualClock.at(Instant.parse("2024-07-30T12:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @BeforeEach
    void routes() {
        server.route("GET", PATH, r -> FakeResponse.json("{\"id\":\"" + r.pathParam("id") + "\"}"));
    }

    @AfterEach
    void close() {
        server.close();
    }

    private Suger.Builder builder() {
        return Suger.builder().apiKey("sk-precedence").organizationId("org-p").baseUrl(server.baseUrl()).clock(clock)
                .sleeper(sleeper::sleep);
    }

    @Test
    void theCallersRetryPolicyWinsOverTheDefault() {
        assertOneQuickRetry(builder().retryPolicy(ONE_QUICK_RETRY));
    }

    @Test
    void aConfigureHookWinsOverTheDefault() {
        assertOneQuickRetry(builder().configure(b -> b.retryPolicy(ONE_QUICK_RETRY)));
    }

    @Test
    void aConfigureHookWinsOverTheCallersSetter() {
        assertOneQuickRetry(builder().retryPolicy(RetryPolicy.none()).configure(b -> b.retryPolicy(ONE_QUICK_RETRY)));
    }

    @Test
    void theCallersPolicyAlsoGovernsALegacyClientsTokenRequests() {
        try (FakeSuger fake = FakeSuger.builder().clock(clock).messages(1).start()) {
            fake.faults().statusSequence("POST", FakeSuger.TOKEN_PATH, 429, 429);
            try (Suger suger = Suger.builder().baseUrl(fake.baseUrl()).clock(clock).sleeper(sleeper::sleep)
                    .legacyBearerToken(FakeSuger.ORGANIZATION_ID, FakeSuger.API_CLIENT_ID, FakeSuger.API_CLIENT_SECRET)
                    .configure(b -> b.retryPolicy(ONE_QUICK_RETRY)).build()) {
                assertThrows(RateLimitException.class, () -> suger.messages().get("msg-0001"));
            }
            assertEquals(2, fake.server().requestCount());
        }
        assertEquals(List.of(Duration.ofSeconds(5)), sleeper.sleeps());
    }

    private void assertOneQuickRetry(Suger.Builder builder) {
        server.faults().statusSequence("GET", PATH, 429, 429);
        try (Suger suger = builder.build()) {
            assertThrows(RateLimitException.class, () -> suger.messages().get("m1"));
        }
        assertEquals(2, server.requestCount(), "one retry");
        assertEquals(List.of(Duration.ofSeconds(5)), sleeper.sleeps());
    }

    @Test
    void fromEnvReadsTheKeyTheOrganizationAndTheBaseUrl() {
        Map<String, String> env = Map.of("SUGER_API_KEY", "Key sk-env-1", "SUGER_ORG_ID", "org-env",
                "SUGER_BASE_URL", server.baseUrl());
        try (Suger suger = Suger.builder().clock(clock).fromEnv(env::get).build()) {
            assertEquals(Optional.of("org-env"), suger.organizationId());
            assertEquals(server.baseUrl(), suger.baseUrl());
            suger.messages().get("m1");
        }
        FakeRequest r = server.takeRequest();
        assertEquals("/org/org-env/notificationMessage/m1", r.target());
        assertEquals("Key sk-env-1", r.header("Authorization"), "the optional \"Key \" prefix is dropped as for apiKey()");
    }

    @Test
    void explicitSettingsWinOverTheEnvironmentWhicheverComesFirst() {
        Map<String, String> env = Map.of("SUGER_API_KEY", "sk-env-2", "SUGER_ORG_ID", "org-env",
                "SUGER_BASE_URL", "http://127.0.0.1:9");
        try (Suger before = Suger.builder().fromEnv(env::get).apiKey("sk-explicit").organizationId("org-explicit")
                .baseUrl(server.baseUrl()).clock(clock).build();
                Suger after = builder().fromEnv(env::get).build()) {
            before.messages().get("m1");
            after.messages().get("m2");
        }
        assertEquals(List.of("Key sk-explicit", "Key sk-precedence"),
                server.requests().stream().map(r -> r.header("Authorization")).toList());
        assertEquals(List.of("/org/org-explicit/notificationMessage/m1", "/org/org-p/notificationMessage/m2"),
                server.requests().stream().map(FakeRequest::target).toList());
    }

    @Test
    void anExplicitLegacyClientWinsOverTheKeyAndOrganizationVariables() {
        try (FakeSuger fake = FakeSuger.builder().clock(clock).messages(1).start()) {
            Map<String, String> env = Map.of("SUGER_API_KEY", "sk-env-3", "SUGER_ORG_ID", "org-env");
            try (Suger suger = Suger.builder().baseUrl(fake.baseUrl()).clock(clock).fromEnv(env::get)
                    .legacyBearerToken(FakeSuger.ORGANIZATION_ID, FakeSuger.API_CLIENT_ID, FakeSuger.API_CLIENT_SECRET)
                    .build()) {
                assertEquals(Optional.of(FakeSuger.ORGANIZATION_ID), suger.organizationId());
                assertEquals("msg-0001", suger.messages().get("msg-0001").id());
            }
            assertEquals(1, fake.tokenRequests());
            String auth = fake.server().requests().get(1).header("Authorization");
            assertTrue(auth.startsWith("Bearer "), auth);
        }
    }

    @Test
    void theEnvironmentIsReadAtEachBuildAndNotKeptOnTheBuilder() {
        Suger.Builder b = Suger.builder().baseUrl(server.baseUrl()).clock(clock);
        Map<String, String> first = Map.of("SUGER_API_KEY", "sk-first", "SUGER_ORG_ID", "org-first");
        Map<String, String> second = Map.of("SUGER_API_KEY", "sk-second", "SUGER_ORG_ID", "org-second");
        try (Suger one = b.fromEnv(first::get).build(); Suger two = b.fromEnv(second::get).build()) {
            one.messages().get("m1");
            two.messages().get("m2");
        }
        assertEquals(List.of("Key sk-first", "Key sk-second"),
                server.requests().stream().map(r -> r.header("Authorization")).toList());
        assertEquals("/org/org-second/notificationMessage/m2", server.requests().get(1).target());
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> b.fromEnv(name -> null).build());
        assertEquals("Suger credentials are required: call apiKey(...) or legacyBearerToken(...) (or fromEnv() with"
                + " SUGER_API_KEY)", none.getMessage());
    }

    @Test
    void aBadVariableIsNamedWithoutEchoingItsValue() {
        Map<String, String> env = Map.of("SUGER_API_KEY", "sk-secret\u0007part");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Suger.builder().fromEnv(env::get).build());
        assertTrue(e.getMessage().startsWith("SUGER_API_KEY: "), e.getMessage());
        assertFalse(e.getMessage().contains("sk-secret"), e.getMessage());
        Map<String, String> dots = Map.of("SUGER_API_KEY", "k", "SUGER_ORG_ID", "..");
        assertEquals("SUGER_ORG_ID: organizationId must not be '..'", assertThrows(IllegalArgumentException.class,
                () -> Suger.builder().fromEnv(dots::get).build()).getMessage());
        assertEquals(0, server.requestCount());
    }
}
