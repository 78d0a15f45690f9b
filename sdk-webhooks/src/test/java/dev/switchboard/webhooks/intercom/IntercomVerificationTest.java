package dev.switchboard.webhooks.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.webhooks.TestFiles;
import dev.switchboard.webhooks.WebhookHeaders;
import dev.switchboard.webhooks.WebhookVerificationException;
import dev.switchboard.webhooks.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code X-Hub-Signature}: HMAC-SHA1 over the raw bytes, several secrets, every malformed header a verification failure.
 * Regression tests for shared/notes/official-sdk-defects.md: IC-30 (intercom-java has no verifier at all), OA-3
 * (openai-java turns the payload into a String and back before signing: see the CRLF and multibyte test) and ST-3
 * (stripe-java lets a malformed header escape as NumberFormatException: see the malformed-header cases).
 */
class IntercomVerificationTest {
    private static final String SECRET = "client-secret-9c1f";
    private static final IntercomWebhooks HOOKS = IntercomWebhooks.builder().clientSecrets(SECRET).build();
    private static final byte[] BODY = TestFiles.resource("intercom/ticket.created.json");

    private static WebhookVerificationException rejected(byte[] body, String... headers) {
        return assertThrows(WebhookVerificationException.class, () -> HOOKS.verify(body, headers));
    }

    @Test
    void signMatchesTheRfc2202Vector() {
        // RFC 2202, HMAC-SHA1 test case 2.
        assertEquals("sha1=effcdf6ae5eb2fa2d27416d5f184df9c259a7c79",
                IntercomWebhooks.sign("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII), "Jefe"));
    }

    @Test
    void rightSignatureVerifies() {
        IntercomNotification n = HOOKS.verify(BODY, "X-Hub-Signature", IntercomWebhooks.sign(BODY, SECRET));
        assertEquals(IntercomTopic.TICKET_CREATED, n.topic());
    }

    @Test
    void headerNamesInAnyCaseAndEveryHeaderForm() {
        String sig = IntercomWebhooks.sign(BODY, SECRET);
        HOOKS.verify(BODY, "x-hub-signature", sig);
        HOOKS.verify(BODY, "X-HUB-SIGNATURE", sig);
        HOOKS.verify(BODY, Map.of("x-Hub-Signature", List.of(sig), "Content-Type", List.of("application/json")));
        HOOKS.verify(BODY, WebhookHeaders.ofSingleValues(Map.of("X-Hub-Signature", sig)));
        HOOKS.verifySignature(BODY, WebhookHeaders.of("X-Hub-Signature", sig));
    }

    @Test
    void wrongSecretIsAMismatch() {
        WebhookVerificationException e = rejected(BODY, "X-Hub-Signature", IntercomWebhooks.sign(BODY, "another-secret"));
        assertEquals(Reason.MISMATCH, e.reason());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void missingHeader() {
        assertEquals(Reason.MISSING, rejected(BODY).reason());
        assertEquals(Reason.MISSING, rejected(BODY, "X-Other", "sha1=" + "0".repeat(40)).reason());
        assertEquals(Reason.MISSING, assertThrows(WebhookVerificationException.class,
                () -> HOOKS.verify(BODY, (Map<String, List<String>>) null)).reason());
    }

    @Test
    void rotatedSecretsBothVerify() {
        IntercomWebhooks rotating = IntercomWebhooks.builder().clientSecrets("old-secret", "new-secret").build();
        rotating.verify(BODY, "X-Hub-Signature", IntercomWebhooks.sign(BODY, "old-secret"));
        rotating.verify(BODY, "X-Hub-Signature", IntercomWebhooks.sign(BODY, "new-secret"));
        assertThrows(WebhookVerificationException.class,
                () -> rotating.verify(BODY, "X-Hub-Signature", IntercomWebhooks.sign(BODY, SECRET)));
    }

    @Test
    void everyOneByteChangeOfTheBodyFails() {
        String sig = IntercomWebhooks.sign(BODY, SECRET);
        for (int i = 0; i < BODY.length; i += Math.max(1, BODY.length / 97)) {
            byte[] changed = BODY.clone();
            changed[i] = (byte) (changed[i] ^ 0x01);
            assertEquals(Reason.MISMATCH, rejected(changed, "X-Hub-Signature", sig).reason(), "byte " + i);
        }
        byte[] longer = java.util.Arrays.copyOf(BODY, BODY.length + 1);
        longer[BODY.length] = '\n';
        assertEquals(Reason.MISMATCH, rejected(longer, "X-Hub-Signature", sig).reason(), "a trailing newline is part of the body");
    }

    @Test
    void crlfAndMultibyteBodiesAreSignedAsBytes() {
        String text = new String(TestFiles.resource("intercom/contact.user.created.json"), StandardCharsets.UTF_8)
                .replace("\n", "\r\n").replace("new@example.com", "zoë.łódź+\uD83D\uDE80@example.com");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        IntercomNotification n = HOOKS.verify(body, "X-Hub-Signature", IntercomWebhooks.sign(body, SECRET));
        assertEquals("zoë.łódź+\uD83D\uDE80@example.com", n.item().raw().get("email"));
        byte[] lfOnly = text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
        assertThrows(WebhookVerificationException.class,
                () -> HOOKS.verify(lfOnly, "X-Hub-Signature", IntercomWebhooks.sign(body, SECRET)), "CRLF matters");
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(WebhookVerificationException.class,
                () -> HOOKS.verify(latin1, "X-Hub-Signature", IntercomWebhooks.sign(body, SECRET)), "charset matters");
    }

    @Test
    void uppercaseHexPrefixAndSurroundingSpacesAreAccepted() {
        String hex = IntercomWebhooks.sign(BODY, SECRET).substring(5);
        HOOKS.verify(BODY, "X-Hub-Signature", "sha1=" + hex.toUpperCase(Locale.ROOT));
        HOOKS.verify(BODY, "X-Hub-Signature", "SHA1=" + hex);
        HOOKS.verify(BODY, "X-Hub-Signature", "  sha1=" + hex + " ");
    }

    @Test
    void oneGoodValueAmongSeveralHeaders() {
        HOOKS.verify(BODY, "X-Hub-Signature", "sha1=zz", "X-Hub-Signature", IntercomWebhooks.sign(BODY, SECRET));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sha1=zz", "sha1=", "sha1", "=", "", "   ", "sha1=0123456789abcdef0123456789abcdef0123456",
        "sha1=0123456789abcdef0123456789abcdef012345678", "sha1=0123456789abcdef0123456789abcdef0123456g",
        "sha256=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "md5=0123456789abcdef0123456789abcdef",
        "0123456789abcdef0123456789abcdef01234567", "sha1:0123456789abcdef0123456789abcdef01234567",
        "sha1=０１２３４５６７８９abcdef0123456789abcdef01234567", "sha1=0x23456789abcdef0123456789abcdef01234567",
        "sha1=+123456789abcdef0123456789abcdef01234567", "sha1 = 0123456789abcdef0123456789abcdef01234567",
        "\u0000sha1=\u0000", "sha1==0123456789abcdef0123456789abcdef0123456"})
    void malformedHeadersAreVerificationFailures(String header) {
        WebhookVerificationException e = rejected(BODY, "X-Hub-Signature", header);
        assertEquals(Reason.MALFORMED, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith("X-Hub-Signature "), e.getMessage());
    }

    @Test
    void unsupportedAlgorithmIsNamed() {
        assertTrue(rejected(BODY, "X-Hub-Signature", "sha256=" + "a".repeat(64)).getMessage().contains("uses sha256, not sha1"));
    }

    @Test
    void verificationComesBeforeParsing() {
        byte[] junk = TestFiles.utf8("{ this is not json");
        assertThrows(WebhookVerificationException.class, () -> HOOKS.verify(junk, "X-Hub-Signature", "sha1=" + "0".repeat(40)));
    }

    @Test
    void configurationIsChecked() {
        assertThrows(IllegalStateException.class, () -> IntercomWebhooks.builder().build());
        assertThrows(IllegalArgumentException.class, () -> IntercomWebhooks.builder().clientSecrets(""));
        assertThrows(IllegalArgumentException.class, () -> IntercomWebhooks.sign(BODY, ""));
        assertThrows(IllegalArgumentException.class, () -> HOOKS.verify(BODY, "X-Hub-Signature"));
        assertFalse(HOOKS.toString().contains(SECRET));
    }
}
