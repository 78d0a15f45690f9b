package dev.switchboard.webhooks.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.conversations.intercom.fin.FinEvent;
import dev.switchboard.conversations.intercom.fin.FinReplied;
import dev.switchboard.conversations.intercom.fin.FinStatus;
import dev.switchboard.conversations.intercom.fin.UnknownFinEvent;
import dev.switchboard.webhooks.WebhookDecodeException;
import dev.switchboard.webhooks.WebhookHeaders;
import dev.switchboard.webhooks.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FinWebhooksTest {
    private static final String SECRET = "fin-client-secret";
    private final FinWebhooks fin = FinWebhooks.builder().clientSecrets("old-secret", SECRET).build();
    private final byte[] body = ("{\"event_name\":\"fin_replied\",\"conversation_id\":\"ext-1\",\"user_id\":\"u\","
            + "\"message\":{\"author\":\"fin\",\"body\":\"<p>Hi</p>\",\"timestamp_ms\":\"2025-01-24T09:01:00.456Z\"},"
            + "\"status\":\"awaiting_user_reply\",\"created_at_ms\":\"2025-01-24T10:00:00.123Z\"}").getBytes(StandardCharsets.UTF_8);

    @Test
    void verifiedDeliveryDecodesIntoTheSameTypesAsTheStream() {
        FinEvent e = fin.verify(body, WebhookHeaders.of("x-fin-agent-api-webhook-signature", FinWebhooks.sign(body, SECRET)));
        FinReplied r = assertInstanceOf(FinReplied.class, e);
        assertEquals(FinStatus.AWAITING_USER_REPLY, r.status());
        assertEquals("<p>Hi</p>", r.message().body());
        assertEquals(new String(body, StandardCharsets.UTF_8), dev.switchboard.core.json.Json.write(r));
        FinEvent prefixed = fin.verify(body, WebhookHeaders.of(FinWebhooks.SIGNATURE_HEADER, "sha1=" + FinWebhooks.sign(body, SECRET)));
        assertEquals(r, prefixed);
    }

    @Test
    void unknownEventsAreKept() {
        byte[] b = "{\"event_name\":\"fin_new_thing\",\"x\":1}".getBytes(StandardCharsets.UTF_8);
        UnknownFinEvent u = assertInstanceOf(UnknownFinEvent.class, FinWebhooks.decodeWithoutVerification(b));
        assertEquals("fin_new_thing", u.eventName());
    }

    @Test
    void verificationFailures() {
        assertEquals(WebhookVerificationException.Reason.MISSING, assertThrows(WebhookVerificationException.class,
                () -> fin.verify(body, WebhookHeaders.empty())).reason());
        assertEquals(WebhookVerificationException.Reason.MALFORMED, assertThrows(WebhookVerificationException.class,
                () -> fin.verify(body, WebhookHeaders.of(FinWebhooks.SIGNATURE_HEADER, "sha256=zz"))).reason());
        WebhookVerificationException m = assertThrows(WebhookVerificationException.class, () -> fin.verify(body,
                WebhookHeaders.of(FinWebhooks.SIGNATURE_HEADER, FinWebhooks.sign(body, "wrong"))));
        assertEquals(WebhookVerificationException.Reason.MISMATCH, m.reason());
        assertFalse(m.getMessage().contains(SECRET));
        byte[] tampered = body.clone();
        tampered[tampered.length - 3] = '4';
        assertThrows(WebhookVerificationException.class, () -> fin.verify(tampered,
                WebhookHeaders.of(FinWebhooks.SIGNATURE_HEADER, FinWebhooks.sign(body, SECRET))));
        byte[] notJson = "[1]".getBytes(StandardCharsets.UTF_8);
        assertThrows(WebhookDecodeException.class, () -> fin.verify(notJson,
                WebhookHeaders.of(FinWebhooks.SIGNATURE_HEADER, FinWebhooks.sign(notJson, SECRET))));
        assertFalse(fin.toString().contains(SECRET));
        assertThrows(IllegalStateException.class, () -> FinWebhooks.builder().build());
    }
}
