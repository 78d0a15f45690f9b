package dev.switchboard.examples.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.testkit.webhooks.WebhookSender;
import dev.switchboard.webhooks.WebhookDispatcher;
import dev.switchboard.webhooks.WebhookLimits;
import dev.switchboard.webhooks.intercom.IntercomDelivery;
import dev.switchboard.webhooks.intercom.IntercomNotification;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import dev.switchboard.webhooks.livechat.LiveChatDelivery;
import dev.switchboard.webhooks.livechat.LiveChatWebhook;
import dev.switchboard.webhooks.livechat.LiveChatWebhooks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JDK-server receiver on an ephemeral loopback port: statuses, acknowledge-first, duplicates. */
class WebhookReceiverTest {
    private static final String LC = "receiver-livechat-secret";
    private static final String IC = "receiver-intercom-secret";
    private final BlockingQueue<Object> handled = new LinkedBlockingQueue<>();
    private final List<Runnable> later = new ArrayList<>();
    private final WebhookSender sender = WebhookSender.create(Duration.ofSeconds(5));
    private WebhookReceiver receiver;

    private WebhookReceiver start(WebhookDispatcher<LiveChatWebhook> lc, WebhookDispatcher<IntercomNotification> ic) {
        receiver = WebhookReceiver.builder()
                .livechat(LiveChatWebhooks.builder().secrets(LC).limits(WebhookLimits.defaults().withMaxBodyBytes(4096)).build(), lc)
                .intercom(IntercomWebhooks.builder().clientSecrets(IC).build(), ic)
                .start();
        return receiver;
    }

    private WebhookReceiver startRecording() {
        return start(WebhookDispatcher.builder(LiveChatWebhook.class).fallback(handled::add).build(),
                WebhookDispatcher.builder(IntercomNotification.class).fallback(handled::add).build());
    }

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.close();
        }
    }

    private static byte[] tagged(String secret) {
        return LiveChatDelivery.builder("thread_tagged", secret).payloadJson("{\"chat_id\":\"C\",\"thread_id\":\"T\",\"tag\":\"t\"}")
                .toBytes();
    }

    @Test
    void bindsToLoopbackOnAnEphemeralPort() {
        startRecording();
        assertTrue(receiver.port() > 0);
        assertEquals("127.0.0.1", receiver.livechatUrl().getHost());
        assertEquals("/intercom", receiver.intercomUrl().getPath());
    }

    @Test
    void verifiedDeliveriesAre200AndHandled() throws Exception {
        startRecording();
        assertEquals(200, sender.postLiveChat(receiver.livechatUrl(), tagged(LC)).status());
        assertEquals("thread_tagged", ((LiveChatWebhook) handled.poll(5, TimeUnit.SECONDS)).action());
        byte[] ping = IntercomDelivery.ping("hi").toBytes();
        assertEquals(200, sender.postIntercom(receiver.intercomUrl(), ping, IC).status());
        assertEquals("ping", ((IntercomNotification) handled.poll(5, TimeUnit.SECONDS)).topic().value());
    }

    @Test
    void failedVerificationIs401AndMalformedIs400() {
        startRecording();
        WebhookSender.Response wrong = sender.postLiveChat(receiver.livechatUrl(), tagged("wrong"));
        assertEquals(401, wrong.status());
        assertEquals("{\"error\":\"verification\",\"reason\":\"MISMATCH\"}", wrong.bodyUtf8());
        assertEquals(401, sender.postIntercom(receiver.intercomUrl(), IntercomDelivery.ping("x").toBytes(), "wrong").status());
        assertEquals(401, sender.post(receiver.intercomUrl(), IntercomDelivery.ping("x").toBytes()).status());
        WebhookSender.Response broken = sender.postLiveChat(receiver.livechatUrl(), "{\"secret_key\":".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, broken.status());
        assertTrue(broken.bodyUtf8().contains("truncated"), broken.bodyUtf8());
        byte[] junk = "not json".getBytes(StandardCharsets.UTF_8);
        assertEquals(400, sender.postIntercom(receiver.intercomUrl(), junk, IC).status());
        assertTrue(handled.isEmpty());
    }

    @Test
    void oversizedBodiesAre400WithoutReadingThemWhole() {
        startRecording();
        byte[] big = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        WebhookSender.Response r = sender.postLiveChat(receiver.livechatUrl(), big);
        assertEquals(400, r.status());
        assertTrue(r.bodyUtf8().contains("more than the limit of 4096"), r.bodyUtf8());
    }

    @Test
    void repeatedIntercomIdsAreAcknowledgedButHandledOnce() throws Exception {
        startRecording();
        byte[] body = IntercomDelivery.builder("contact.user.created", "notif_dup").itemJson("{\"type\":\"contact\"}").toBytes();
        assertEquals(200, sender.postIntercom(receiver.intercomUrl(), body, IC).status());
        WebhookSender.Response again = sender.postIntercom(receiver.intercomUrl(), body, IC);
        assertEquals(200, again.status());
        assertTrue(again.bodyUtf8().contains("\"duplicate\":true"));
        assertTrue(handled.poll(5, TimeUnit.SECONDS) instanceof IntercomNotification);
        assertNull(handled.poll(200, TimeUnit.MILLISECONDS));
    }

    @Test
    void acknowledgesBeforeAsynchronousHandlersRun() throws Exception {
        start(WebhookDispatcher.builder(LiveChatWebhook.class).fallback(handled::add).async(later::add).build(),
                WebhookDispatcher.builder(IntercomNotification.class).fallback(handled::add).async(later::add).build());
        assertEquals(200, sender.postLiveChat(receiver.livechatUrl(), tagged(LC)).status());
        assertTrue(handled.isEmpty(), "answered before handling");
        assertEquals(1, later.size());
        later.get(0).run();
        assertEquals(1, handled.size());
    }

    @Test
    void saturatedExecutorIs503AndFailingHandlerIs500AndTheRetryGetsThrough() throws Exception {
        start(WebhookDispatcher.builder(LiveChatWebhook.class).async(r -> {
            throw new RejectedExecutionException("full");
        }).build(), WebhookDispatcher.builder(IntercomNotification.class).fallback(n -> {
            if (handled.isEmpty()) {
                handled.add("failed once");
                throw new IllegalStateException("database down");
            }
            handled.add(n);
        }).build());
        assertEquals(503, sender.postLiveChat(receiver.livechatUrl(), tagged(LC)).status());
        byte[] body = IntercomDelivery.builder("contact.user.created", "notif_retry").itemJson("{\"type\":\"contact\"}").toBytes();
        assertEquals(500, sender.postIntercom(receiver.intercomUrl(), body, IC).status());
        assertEquals(200, sender.postIntercom(receiver.intercomUrl(), body, IC).status(), "the retry is not a duplicate");
        assertEquals(2, handled.size());
    }

    @Test
    void headIs200AndOtherMethodsAre405() throws Exception {
        startRecording();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<Void> head = client.send(HttpRequest.newBuilder(receiver.intercomUrl())
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
        HttpResponse<String> get = client.send(HttpRequest.newBuilder(receiver.livechatUrl()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertEquals("POST, HEAD", get.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void unconfiguredProvidersHaveNoRoute() throws Exception {
        receiver = WebhookReceiver.builder().livechat(LiveChatWebhooks.builder().secrets(LC).build(),
                WebhookDispatcher.builder(LiveChatWebhook.class).build()).start();
        assertEquals(404, sender.postIntercom(receiver.intercomUrl(), IntercomDelivery.ping("x").toBytes(), IC).status());
        assertThrows(IllegalStateException.class, () -> WebhookReceiver.builder().start());
        assertFalse(URI.create("http://127.0.0.1:" + receiver.port()).getHost().isEmpty());
    }
}
