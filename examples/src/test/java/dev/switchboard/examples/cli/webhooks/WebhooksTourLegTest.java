package dev.switchboard.examples.cli.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.examples.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhooksTourLegTest {

    @Test
    void theLegPassesAndPrintsWhatWasDecoded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), List.of(), List.of(), List.of(new WebhooksTourLeg()));
        int exit = cli.run("tour");
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, () -> text + err.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        for (String line : List.of(
                "== webhooks: verify and decode LiveChat and Intercom deliveries",
                "LiveChat incoming_event (secret ok): 200 -> IncomingEvent: message \"Where is my parcel? \u00e9\u00e8\" in chat PJ0MRSHTDG",
                "LiveChat incoming_event (wrong secret): 401 (MISMATCH), not handled",
                "LiveChat routing_status_set (rotated: last year's secret, still configured): 200 -> RoutingStatusSet: "
                        + "smith@example.com is \"accepting chats\" (accepting chats: true)",
                "LiveChat chat_teleported (an action this SDK does not know): 200 -> UnknownLiveChatWebhook: action chat_teleported, "
                        + "raw payload kept (2 fields)",
                "Intercom ping: 200 -> PingItem (ping)",
                "Intercom ticket.created: 200 -> TicketItem: ticket 642 \"Printer on fire\", state submitted",
                "Intercom ticket.created (signed with a wrong secret): 401 (MISMATCH), not handled",
                "Intercom ticket.created (X-Hub-Signature: sha1=zz): 401 (MALFORMED), not handled",
                "Intercom ticket.created again, same id (a retry): 200, acknowledged as a duplicate, not handled again",
                "Intercom conversation.operator.replied (rotated: the old client secret): 200 -> ConversationItem: conversation 215468, "
                        + "replying part 9002 by bot, AI agent",
                "Intercom ping (nothing else was handled in between): 200 -> PingItem (ping)",
                "tour complete: 1 leg passed")) {
            assertTrue(text.lines().anyMatch(line::equals), () -> "missing: " + line + "\n" + text);
        }
        assertTrue(text.contains("LiveChat incoming_event (body cut off): 400 (could not decode LiveChat webhook body as JSON: it is truncated JSON"),
                text);
        for (String secret : WebhooksTourLeg.SECRETS) {
            assertFalse(text.contains(secret), "printed a secret");
        }
    }
}
