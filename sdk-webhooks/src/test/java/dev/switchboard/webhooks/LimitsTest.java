package dev.switchboard.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.webhooks.intercom.IntercomDelivery;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import dev.switchboard.webhooks.livechat.CustomEvent;
import dev.switchboard.webhooks.livechat.IncomingEvent;
import dev.switchboard.webhooks.livechat.LiveChatDelivery;
import dev.switchboard.webhooks.livechat.LiveChatWebhooks;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Body size limits, enforced before any parser runs, and nesting limits, enforced by the parser as it reads. */
class LimitsTest {
    private static final String SECRET = "limits-secret";
    private static final LiveChatWebhooks LIVECHAT = LiveChatWebhooks.builder().secrets(SECRET).build();
    private static final IntercomWebhooks INTERCOM = IntercomWebhooks.builder().clientSecrets(SECRET).build();
    private static final Duration QUICK = Duration.ofSeconds(5);

    @Test
    void defaults() {
        assertEquals(1024 * 1024, WebhookLimits.defaults().maxBodyBytes());
        assertEquals(100, WebhookLimits.defaults().maxNestingDepth());
        assertEquals(LIVECHAT.limits(), WebhookLimits.defaults());
    }

    @Test
    void oversizedBodyIsRejectedBeforeParsing() {
        // One more byte than allowed, made of brackets: parsing it would fail on depth instead.
        byte[] body = new byte[WebhookLimits.DEFAULT_MAX_BODY_BYTES + 1];
        Arrays.fill(body, (byte) '[');
        WebhookDecodeException e = assertThrows(WebhookDecodeException.class, () -> LIVECHAT.verify(body));
        assertEquals("could not decode LiveChat webhook body: it is 1048577 bytes, more than the limit of 1048576", e.getMessage());
        WebhookDecodeException ic = assertThrows(WebhookDecodeException.class, () -> INTERCOM.verify(body, "X-Hub-Signature", "bad"));
        assertTrue(ic.getMessage().contains("more than the limit"), "size is checked before the signature: " + ic.getMessage());
    }

    @Test
    void aHugeBodyCostsNothing() {
        byte[] body = new byte[48 * 1024 * 1024];
        assertTimeoutPreemptively(QUICK, () -> {
            for (int i = 0; i < 100; i++) {
                assertThrows(WebhookDecodeException.class, () -> LIVECHAT.verify(body));
                assertThrows(WebhookDecodeException.class, () -> INTERCOM.verify(body, "X-Hub-Signature", "sha1=" + "0".repeat(40)));
            }
        });
    }

    @Test
    void configuredBodyLimitIsExact() {
        LiveChatWebhooks small = LiveChatWebhooks.builder().secrets(SECRET).limits(WebhookLimits.defaults().withMaxBodyBytes(300)).build();
        byte[] body = LiveChatDelivery.builder("thread_tagged", SECRET).payloadJson("{\"tag\":\"a\"}").toBytes();
        String padded = new String(body, StandardCharsets.UTF_8).replace("\"tag\":\"a\"", "\"tag\":\"" + "a".repeat(300 - body.length + 1) + "\"");
        byte[] exactly = padded.getBytes(StandardCharsets.UTF_8);
        assertEquals(300, exactly.length);
        small.verify(exactly);
        byte[] over = Arrays.copyOf(exactly, 301);
        over[300] = ' ';
        assertThrows(WebhookDecodeException.class, () -> small.verify(over));
    }

    @Test
    void deepNestingIsRejectedAtTheFirstBracketTooDeep() {
        String deep = "[".repeat(150) + "]".repeat(150);
        byte[] body = LiveChatDelivery.builder("incoming_event", SECRET)
                .payloadJson("{\"event\":{\"type\":\"custom\",\"content\":{\"x\":" + deep + "}}}").toBytes();
        WebhookDecodeException e = assertThrows(WebhookDecodeException.class, () -> LIVECHAT.verify(body));
        assertTrue(e.getMessage().contains("nested deeper than 100 levels"), e.getMessage());
        assertTrue(e.location().startsWith("byte "), e.location());
        int at = Integer.parseInt(e.location().substring("byte ".length()));
        assertEquals('[', (char) body[at], "the location is the bracket that opens level 101");
        assertEquals(100, new String(body, 0, at, StandardCharsets.UTF_8).chars().filter(c -> c == '[' || c == '{').count());

        LiveChatWebhooks lenient = LiveChatWebhooks.builder().secrets(SECRET).limits(WebhookLimits.defaults().withMaxNestingDepth(200))
                .build();
        IncomingEvent ok = (IncomingEvent) lenient.verify(body);
        assertInstanceOf(CustomEvent.class, ok.payload().event());
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        String text = "[[[[{{{{\\\"[[[[" + "[".repeat(500);
        byte[] body = LiveChatDelivery.builder("incoming_event", SECRET)
                .payloadJson("{\"event\":{\"type\":\"message\",\"text\":\"" + text + "\"}}").toBytes();
        LiveChatWebhooks strict = LiveChatWebhooks.builder().secrets(SECRET).limits(WebhookLimits.defaults().withMaxNestingDepth(4))
                .build();
        assertInstanceOf(IncomingEvent.class, strict.verify(body));
    }

    @Test
    void hostileNestingNeverOverflowsTheStack() {
        for (String open : new String[] {"[", "{\"a\":", "{\"payload\":"}) {
            byte[] body = (open.repeat(200_000)).getBytes(StandardCharsets.US_ASCII);
            assertTimeoutPreemptively(QUICK, () -> {
                assertThrows(WebhookDecodeException.class, () -> LIVECHAT.verify(body));
                assertThrows(WebhookDecodeException.class, () -> LiveChatWebhooks.decodeWithoutVerification(body));
                assertThrows(WebhookDecodeException.class, () -> IntercomWebhooks.decodeWithoutVerification(body));
            });
        }
    }

    @Test
    void hugeNumbersHitTheParserLimit() {
        byte[] body = IntercomDelivery.builder("ping", "n1").field("delivery_attempts", new java.math.BigInteger("9".repeat(1500)))
                .toBytes();
        assertThrows(WebhookDecodeException.class, () -> INTERCOM.verify(body, "X-Hub-Signature", IntercomWebhooks.sign(body, SECRET)));
    }

    @Test
    void limitsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> WebhookLimits.defaults().withMaxBodyBytes(0));
        assertThrows(IllegalArgumentException.class, () -> WebhookLimits.defaults().withMaxNestingDepth(0));
        assertThrows(IllegalArgumentException.class, () -> WebhookLimits.defaults().withMaxNestingDepth(201));
        assertEquals(WebhookLimits.defaults().withMaxBodyBytes(5), WebhookLimits.defaults().withMaxBodyBytes(5));
    }
}
