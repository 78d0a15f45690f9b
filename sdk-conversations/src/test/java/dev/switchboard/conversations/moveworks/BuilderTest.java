package dev.switchboard.conversations.moveworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.auth.Credentials;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Builder validation: messages name the argument, never echo a secret, and nothing is sent for a bad setting. */
class BuilderTest {

    @Test
    void missingCredentialsNameWhatToSet() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MoveworksDataApi.builder().build());
        assertEquals("MoveworksDataApi needs credentials: call apiKey(key) or clientCredentials(clientId, clientSecret) "
                + "on the builder (or fromEnv() with MOVEWORKS_API_KEY)", e.getMessage());
        IllegalStateException token = assertThrows(IllegalStateException.class,
                () -> MoveworksDataApi.builder().apiKey("k").tokenUrl("https://auth.example.com/token").build());
        assertEquals("tokenUrl is set but clientCredentials(clientId, clientSecret) is not", token.getMessage());
    }

    @Test
    void secretsAreCheckedWithoutBeingEchoed() {
        assertEquals("apiKey must not be blank",
                assertThrows(IllegalArgumentException.class, () -> MoveworksDataApi.builder().apiKey(" ")).getMessage());
        assertEquals("apiKey must not be blank",
                assertThrows(IllegalArgumentException.class, () -> MoveworksDataApi.builder().apiKey(null)).getMessage());
        IllegalArgumentException newline = assertThrows(IllegalArgumentException.class,
                () -> MoveworksDataApi.builder().apiKey("secret-part\nX-Injected: 1"));
        assertEquals("apiKey contains a line break or control character at index 11 (value not shown)", newline.getMessage());
        assertEquals("clientId must not be blank", assertThrows(IllegalArgumentException.class,
                () -> MoveworksDataApi.builder().clientCredentials("", "s")).getMessage());
        assertEquals("clientSecret must not be blank", assertThrows(IllegalArgumentException.class,
                () -> MoveworksDataApi.builder().clientCredentials("id", null)).getMessage());
        IllegalArgumentException tab = assertThrows(IllegalArgumentException.class,
                () -> MoveworksDataApi.builder().clientCredentials("id", "top\tsecret"));
        assertFalse(tab.getMessage().contains("top"), tab.getMessage());
    }

    @Test
    void urlsAreChecked() {
        for (String bad : List.of("api.moveworks.ai", "ftp://api.moveworks.ai", "https://api.moveworks.ai/?x=1",
                "https://api.moveworks.ai/#f", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MoveworksDataApi.builder().baseUrl(bad), bad);
            assertTrue(e.getMessage().startsWith("baseUrl must "), e.getMessage());
        }
        IllegalArgumentException userInfo = assertThrows(IllegalArgumentException.class,
                () -> MoveworksDataApi.builder().baseUrl("https://me:hunter2@api.moveworks.ai"));
        assertEquals("baseUrl must not contain user info (name:password@)", userInfo.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MoveworksDataApi.builder().baseUrl(null));
        assertThrows(IllegalArgumentException.class, () -> MoveworksDataApi.builder().tokenUrl("/oauth/v1/token"));
        assertThrows(IllegalArgumentException.class, () -> MoveworksDataApi.builder().tokenUrl("https://u:p@h/t"));
    }

    @Test
    void durationsMustBePositiveAndReferencesNotNull() {
        assertEquals("rateLimitWait must be positive", assertThrows(IllegalArgumentException.class,
                () -> MoveworksDataApi.builder().rateLimitWait(Duration.ZERO)).getMessage());
        assertEquals("timeouts must not be null", assertThrows(NullPointerException.class,
                () -> MoveworksDataApi.builder().timeouts(null)).getMessage());
        assertEquals("region must not be null", assertThrows(NullPointerException.class,
                () -> MoveworksDataApi.builder().region(null)).getMessage());
        assertEquals("version must not be null", assertThrows(NullPointerException.class,
                () -> MoveworksDataApi.builder().apiVersion(null)).getMessage());
        assertEquals("clock must not be null", assertThrows(NullPointerException.class,
                () -> MoveworksDataApi.builder().clock(null)).getMessage());
        assertEquals("sleeper must not be null", assertThrows(NullPointerException.class,
                () -> MoveworksDataApi.builder().sleeper(null)).getMessage());
        assertEquals("policy must not be null", assertThrows(NullPointerException.class,
                () -> MoveworksDataApi.builder().retryPolicy(null)).getMessage());
        assertEquals("scheduler must not be null", assertThrows(NullPointerException.class,
                () -> MoveworksDataApi.builder().scheduler(null)).getMessage());
        assertEquals("credentials must not be null", assertThrows(NullPointerException.class,
                () -> MoveworksDataApi.builder().credentials(null)).getMessage());
    }

    @Test
    void toStringShowsTheKindOfCredentialsOnly() {
        String key = "mw-key-very-secret-123";
        try (MoveworksDataApi api = MoveworksDataApi.builder().apiKey(key).build()) {
            assertEquals("MoveworksDataApi[https://api.moveworks.ai, v1, API key]", api.toString());
        }
        MoveworksDataApi.Builder b = MoveworksDataApi.builder().region(Region.EU).apiVersion(ApiVersion.V1BETA2)
                .clientCredentials("client-id-7", "client-secret-9");
        assertEquals("MoveworksDataApi.Builder[https://api.eu.moveworks.ai, v1beta2, OAuth client credentials]", b.toString());
        try (MoveworksDataApi api = b.build()) {
            String s = api.toString();
            assertEquals("MoveworksDataApi[https://api.eu.moveworks.ai, v1beta2, OAuth client credentials]", s);
            assertFalse(s.contains("client-id-7") || s.contains("client-secret-9"));
        }
        MoveworksDataApi.Builder custom = MoveworksDataApi.builder().credentials(Credentials.apiKeyHeader("Authorization", key));
        assertEquals("MoveworksDataApi.Builder[https://api.moveworks.ai, v1, custom credentials]", custom.toString());
        try (MoveworksDataApi api = custom.build()) {
            assertEquals("MoveworksDataApi[https://api.moveworks.ai, v1, custom credentials]", api.toString());
        }
        assertEquals("MoveworksDataApi.Builder[https://api.moveworks.ai, v1, no credentials]", MoveworksDataApi.builder().toString());
    }

    @Test
    void theLastCredentialsWin() {
        MoveworksDataApi.Builder b = MoveworksDataApi.builder().clientCredentials("id", "secret").apiKey("key");
        assertTrue(b.toString().endsWith("API key]"), b.toString());
        b.clientCredentials("id", "secret");
        assertTrue(b.toString().endsWith("OAuth client credentials]"), b.toString());
    }
}
