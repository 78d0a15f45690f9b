package dev.switchboard.examples.cli.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.json.Json;
import dev.switchboard.examples.cli.Cli;
import dev.switchboard.webhooks.intercom.IntercomDelivery;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import dev.switchboard.webhooks.livechat.LiveChatDelivery;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code switchboard decode livechat|intercom} through the real {@link Cli} with the webhook decoders injected. */
class WebhookDecodeTargetsTest {
    private static final String LC = "decode-livechat-secret";
    private static final String IC = "decode-intercom-secret";

    /** One run of the tool. */
    private record Run(int exit, String out, String err) {
        JsonNode line() {
            return Json.tree(out.getBytes(StandardCharsets.UTF_8), "stdout");
        }
    }

    private static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), List.of(), WebhookTargets.all(), List.of());
        int exit = cli.run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static byte[] message(String secret) {
        return LiveChatDelivery.builder("incoming_event", secret)
                .payloadJson("{\"chat_id\":\"PJ0MRSHTDG\",\"thread_id\":\"K6\",\"event\":{\"id\":\"E1\",\"type\":\"message\",\"text\":\"hi\"}}")
                .toBytes();
    }

    @Test
    void livechatDecodedWithTheSecretRedacted() {
        byte[] body = message(LC);
        Run r = run(body, "decode", "livechat", "--secret", "another-one", "--secret", LC);
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        JsonNode line = r.line();
        assertTrue(line.get("ok").asBoolean());
        assertEquals("livechat", line.get("source").asText());
        assertEquals("incoming_event", line.get("name").asText());
        assertEquals("IncomingEvent", line.get("type").asText());
        JsonNode expected = Json.tree(body, "body");
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected).put("secret_key", "[redacted]");
        assertEquals(expected, line.get("event"), "the delivery re-encoded from the typed model");
        assertFalse(r.out().contains(LC));
    }

    @Test
    void livechatWithoutSecretsIsDecodedUnverified() {
        Run r = run(message("whatever-it-is"), "decode", "livechat");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("[redacted]", r.line().path("event").path("secret_key").asText());
        assertFalse(r.out().contains("whatever-it-is"));
    }

    @Test
    void livechatWrongSecretIsExitThree() {
        Run r = run(message("wrong-secret-value"), "decode", "livechat", "--secret", LC);
        assertEquals(3, r.exit(), r::toString);
        assertEquals("{\"ok\":false,\"error\":\"verification\",\"message\":"
                + "\"the LiveChat delivery's secret_key matches none of the configured secrets\"}\n", r.out());
    }

    @Test
    void livechatMalformedIsExitTwo() {
        Run r = run("{\"action\":\"incoming_event\",\"payl".getBytes(StandardCharsets.UTF_8), "decode", "livechat");
        assertEquals(2, r.exit(), r::toString);
        assertEquals("decode", r.line().get("error").asText());
        assertTrue(r.line().get("message").asText().contains("truncated"), r.out());
        Run notAnObject = run("[1,2]".getBytes(StandardCharsets.UTF_8), "decode", "livechat");
        assertEquals(2, notAnObject.exit(), notAnObject::toString);
        assertTrue(notAnObject.line().get("message").asText().contains("not a JSON object"), notAnObject.out());
    }

    @Test
    void livechatPayloadOfAnotherShapeIsPrintedAsSent() {
        // A typed view never fails for a field of an unexpected type: the delivery decodes and is printed as it came.
        byte[] body = LiveChatDelivery.builder("incoming_chat", LC).payloadJson("[1,2.50]").toBytes();
        Run r = run(body, "decode", "livechat", "--secret", LC);
        assertEquals(0, r.exit(), r::toString);
        assertEquals("IncomingChat", r.line().get("type").asText());
        assertTrue(r.out().contains("\"payload\":[1,2.50]"), r.out());
        assertFalse(r.out().contains(LC));
    }

    @Test
    void livechatUnknownActionDecodes() {
        Run r = run(LiveChatDelivery.builder("chat_teleported", LC).payloadJson("{\"to\":\"mars\"}").toBytes(),
                "decode", "livechat", "--secret", LC);
        assertEquals(0, r.exit(), r::toString);
        assertEquals("UnknownLiveChatWebhook", r.line().get("type").asText());
        assertEquals("mars", r.line().path("event").path("payload").path("to").asText());
    }

    @Test
    void intercomDecodedWhenTheSignatureMatches() {
        byte[] body = IntercomDelivery.builder("job.completed", "notif_42")
                .itemJson("{\"type\":\"job\",\"id\":\"20\",\"status\":\"success\",\"resource_type\":\"ticket\",\"resource_id\":\"643\","
                        + "\"resource_url\":null}").toBytes();
        Run r = run(body, "decode", "intercom", "--secret", IC, "--header", "x-hub-signature: " + IntercomWebhooks.sign(body, IC));
        assertEquals(0, r.exit(), r::toString);
        assertEquals("job.completed", r.line().get("name").asText());
        assertEquals("JobItem", r.line().get("type").asText(), "the type names the class the item was decoded to");
        assertEquals(Json.tree(body, "body"), r.line().get("event"));
    }

    @Test
    void intercomKnownAndUnknownItemsReportDifferentTypes() {
        for (String[] c : new String[][] {{"ticket", "TicketItem"}, {"conversation", "ConversationItem"}, {"call", "CallItem"},
            {"job", "JobItem"}, {"contact", "ContactItem"}, {"admin", "AdminItem"}, {"admin_activity_log_event", "ActivityLogItem"},
            {"article", "ArticleItem"}, {"company", "CompanyItem"}, {"contact_tag", "ContactTagItem"},
            {"contact_subscribe", "SubscriptionItem"}, {"granular_unsubscribe", "SubscriptionItem"},
            {"content_stat.email", "ContentStatItem"}, {"event", "DataEventItem"}, {"ping", "PingItem"},
            {"visitor", "VisitorItem"}, {"user", "VisitorItem"}, {"hologram", "RawItem"}}) {
            byte[] body = IntercomDelivery.builder(c[0] + ".created", "notif_" + c[0]).itemJson("{\"type\":\"" + c[0]
                    + "\",\"id\":\"1\"}").toBytes();
            Run r = run(body, "decode", "intercom");
            assertEquals(0, r.exit(), r::toString);
            assertEquals(c[1], r.line().get("type").asText(), c[0]);
            assertEquals(Json.tree(body, "body"), r.line().get("event"));
        }
        byte[] attached = IntercomDelivery.builder("company.contact.attached", "notif_cc").itemJson("{\"company\":"
                + "{\"type\":\"company\",\"id\":\"co1\"},\"contact\":{\"type\":\"contact\",\"id\":\"c1\"}}").toBytes();
        Run r = run(attached, "decode", "intercom");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("CompanyContactItem", r.line().get("type").asText(), "an item without a type, holding both");
        assertEquals(Json.tree(attached, "body"), r.line().get("event"));
    }

    @Test
    void intercomVerificationFailuresAreExitThree() {
        byte[] body = IntercomDelivery.ping("p").toBytes();
        assertEquals(3, run(body, "decode", "intercom", "--secret", IC).exit(), "no header");
        Run zz = run(body, "decode", "intercom", "--secret", IC, "--header", "X-Hub-Signature: sha1=zz");
        assertEquals(3, zz.exit());
        assertTrue(zz.line().get("message").asText().contains("X-Hub-Signature"), zz.out());
        assertEquals(3, run(body, "decode", "intercom", "--secret", IC, "--header",
                "X-Hub-Signature: " + IntercomWebhooks.sign(body, "other-secret")).exit());
        assertEquals(3, run(body, "decode", "intercom", "--secret", IC, "--header",
                "X-Hub-Signature: sha256=" + "a".repeat(64)).exit());
    }

    @Test
    void intercomWithoutSecretsIsDecodedUnverifiedAndMalformedIsExitTwo() {
        assertEquals(0, run(IntercomDelivery.ping("p").toBytes(), "decode", "intercom").exit());
        assertEquals(2, run("{\"topic\":\"ping\"}".getBytes(StandardCharsets.UTF_8), "decode", "intercom").exit());
    }

    @Test
    void registersBothSources() {
        assertEquals(List.of("livechat", "intercom"), WebhookTargets.all().stream().map(t -> t.source()).toList());
    }
}
