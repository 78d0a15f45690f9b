package dev.switchboard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.webhooks.Deduplicator;
import dev.switchboard.webhooks.WebhookDecodeException;
import dev.switchboard.webhooks.WebhookDispatcher;
import dev.switchboard.webhooks.WebhookVerificationException;
import dev.switchboard.webhooks.intercom.IntercomDelivery;
import dev.switchboard.webhooks.intercom.IntercomNotification;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import dev.switchboard.webhooks.livechat.LiveChatDelivery;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's webhook snippets do what the README says. */
class WebhooksQuickstartTest {
    private static final String LC = "qs-livechat";
    private static final String IC = "qs-intercom";

    @Test
    void livechatSnippet() {
        byte[] message = LiveChatDelivery.builder("incoming_event", LC)
                .payloadJson("{\"chat_id\":\"C1\",\"event\":{\"type\":\"message\",\"text\":\"Hello\"}}").toBytes();
        assertEquals("message in C1: Hello", WebhooksQuickstart.livechat(message, LC));
        assertEquals("not modelled yet: chat_teleported {\"to\":\"mars\"}", WebhooksQuickstart.livechat(
                LiveChatDelivery.builder("chat_teleported", LC).payloadJson("{\"to\":\"mars\"}").toBytes(), LC));
        assertThrows(WebhookVerificationException.class, () -> WebhooksQuickstart.livechat(message, "other"));
    }

    @Test
    void intercomSnippet() {
        byte[] ticket = IntercomDelivery.builder("ticket.created", "n1").itemJson("{\"type\":\"ticket\",\"id\":\"642\"}").toBytes();
        assertEquals("ticket.created: ticket 642", WebhooksQuickstart.intercom(ticket,
                Map.of("x-hub-signature", List.of(IntercomWebhooks.sign(ticket, IC))), IC));
    }

    @Test
    void receiveDispatchAndDeduplicate() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        List<String> log = new CopyOnWriteArrayList<>();
        IntercomWebhooks intercom = IntercomWebhooks.builder().clientSecrets(IC).build();
        WebhookDispatcher<IntercomNotification> dispatcher = WebhooksQuickstart.dispatcher(executor, log);
        Deduplicator seen = Deduplicator.create();
        byte[] job = IntercomDelivery.builder("job.completed", "n2").itemJson("{\"type\":\"job\",\"resource_id\":\"643\"}").toBytes();
        Map<String, List<String>> headers = Map.of("X-Hub-Signature", List.of(IntercomWebhooks.sign(job, IC)));
        assertEquals(200, WebhooksQuickstart.receive(intercom, dispatcher, seen, job, headers));
        assertEquals(200, WebhooksQuickstart.receive(intercom, dispatcher, seen, job, headers));
        assertEquals(401, WebhooksQuickstart.receive(intercom, dispatcher, seen, job, Map.of()));
        byte[] junk = "[]".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(400, WebhooksQuickstart.receive(intercom, dispatcher, seen, junk,
                Map.of("X-Hub-Signature", List.of(IntercomWebhooks.sign(junk, IC)))));
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        assertEquals(List.of("job 643"), log);
    }

    @Test
    void limitsSnippet() {
        byte[] deep = LiveChatDelivery.builder("incoming_event", LC)
                .payloadJson("{\"event\":{\"type\":\"custom\",\"content\":{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}}}").toBytes();
        assertThrows(WebhookDecodeException.class, () -> WebhooksQuickstart.limits(LC).verify(deep));
    }

    @Test
    void mainRunsOffline() throws Exception {
        WebhooksQuickstart.main(new String[0]);
    }
}
