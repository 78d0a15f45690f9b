package dev.switchboard.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.webhooks.intercom.ContactItem;
import dev.switchboard.webhooks.intercom.IntercomDelivery;
import dev.switchboard.webhooks.intercom.IntercomNotification;
import dev.switchboard.webhooks.intercom.IntercomTopic;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import dev.switchboard.webhooks.intercom.JobItem;
import dev.switchboard.webhooks.intercom.RawItem;
import dev.switchboard.webhooks.livechat.IncomingChat;
import dev.switchboard.webhooks.livechat.LiveChatDelivery;
import dev.switchboard.webhooks.livechat.LiveChatWebhook;
import dev.switchboard.webhooks.livechat.LiveChatWebhooks;
import dev.switchboard.webhooks.livechat.ThreadTagged;
import dev.switchboard.webhooks.livechat.UnknownLiveChatWebhook;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Typed routes, fallback, and what happens to handler exceptions, synchronously and asynchronously. */
class WebhookDispatcherTest {
    private static final String SECRET = "dispatch-secret";

    private static LiveChatWebhook livechat(String action, String payload) {
        return LiveChatWebhooks.decodeWithoutVerification(LiveChatDelivery.builder(action, SECRET).payloadJson(payload).toBytes());
    }

    @Test
    void routesByClassAndFallsBack() {
        List<String> seen = new ArrayList<>();
        WebhookDispatcher<LiveChatWebhook> d = WebhookDispatcher.builder(LiveChatWebhook.class)
                .on(IncomingChat.class, c -> seen.add("chat " + c.payload().chat().id()))
                .on(ThreadTagged.class, t -> seen.add("tag " + t.payload().tag()))
                .fallback(w -> seen.add("other " + w.action()))
                .build();
        d.dispatch(livechat("incoming_chat", "{\"chat\":{\"id\":\"C1\"}}"));
        d.dispatch(livechat("thread_tagged", "{\"tag\":\"vip\"}"));
        d.dispatch(livechat("chat_teleported", "{}"));
        assertEquals(List.of("chat C1", "tag vip", "other chat_teleported"), seen);
        assertTrue(d.hasRouteFor(livechat("thread_tagged", "{}")));
        assertFalse(d.hasRouteFor(livechat("chat_teleported", "{}")));
    }

    @Test
    void firstMatchingRouteWins() {
        List<String> seen = new ArrayList<>();
        WebhookDispatcher<LiveChatWebhook> d = WebhookDispatcher.builder(LiveChatWebhook.class)
                .when(w -> w.action().startsWith("thread_"), w -> seen.add("thread"))
                .on(ThreadTagged.class, t -> seen.add("typed"))
                .build();
        d.dispatch(livechat("thread_tagged", "{}"));
        assertEquals(List.of("thread"), seen);
    }

    @Test
    void noRouteAndNoFallbackIsIgnored() {
        WebhookDispatcher<LiveChatWebhook> d = WebhookDispatcher.builder(LiveChatWebhook.class).build();
        assertTrue(d.dispatch(livechat("thread_tagged", "{}")).isDone());
        assertThrows(IllegalArgumentException.class, () -> d.dispatch(null));
    }

    @Test
    void intercomByTopicAndByItem() {
        List<String> seen = new ArrayList<>();
        WebhookDispatcher<IntercomNotification> d = WebhookDispatcher.builder(IntercomNotification.class)
                .when(n -> n.topic().equals(IntercomTopic.PING), n -> seen.add("ping"))
                .on(IntercomNotification::item, JobItem.class, (n, job) -> seen.add(n.topic() + " " + job.job().id()))
                .on(IntercomNotification::item, ContactItem.class, (n, c) -> seen.add("contact " + c.contact().id()))
                .on(IntercomNotification::item, RawItem.class, (n, raw) -> seen.add("raw " + raw.type()))
                .build();
        d.dispatch(IntercomWebhooks.decodeWithoutVerification(IntercomDelivery.ping("hi").toBytes()));
        d.dispatch(IntercomWebhooks.decodeWithoutVerification(IntercomDelivery.builder("job.completed", "n2")
                .itemJson("{\"type\":\"job\",\"id\":\"20\",\"status\":\"success\"}").toBytes()));
        d.dispatch(IntercomWebhooks.decodeWithoutVerification(IntercomDelivery.builder("contact.user.created", "n3")
                .itemJson("{\"type\":\"contact\",\"id\":\"c\"}").toBytes()));
        d.dispatch(IntercomWebhooks.decodeWithoutVerification(IntercomDelivery.builder("hologram.projected", "n4")
                .itemJson("{\"type\":\"hologram\",\"id\":\"h\"}").toBytes()));
        assertEquals(List.of("ping", "job.completed 20", "contact c", "raw hologram"), seen);
    }

    @Test
    void synchronousHandlerExceptionsPropagateUnchanged() {
        IllegalStateException boom = new IllegalStateException("database down");
        WebhookDispatcher<LiveChatWebhook> d = WebhookDispatcher.builder(LiveChatWebhook.class)
                .fallback(w -> {
                    throw boom;
                })
                .build();
        assertSame(boom, assertThrows(IllegalStateException.class, () -> d.dispatch(livechat("thread_tagged", "{}"))));
    }

    @Test
    void asynchronousDispatchAcknowledgesFirstAndReportsFailures() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        Executor later = queued::add;
        List<String> errors = new ArrayList<>();
        List<String> handled = new ArrayList<>();
        WebhookDispatcher<LiveChatWebhook> d = WebhookDispatcher.builder(LiveChatWebhook.class)
                .on(ThreadTagged.class, t -> handled.add(t.payload().tag()))
                .on(UnknownLiveChatWebhook.class, u -> {
                    throw new IllegalStateException("cannot handle " + u.action());
                })
                .async(later)
                .onError((w, e) -> errors.add(w.action() + ": " + e.getMessage()))
                .build();
        CompletableFuture<Void> ok = d.dispatch(livechat("thread_tagged", "{\"tag\":\"a\"}"));
        CompletableFuture<Void> failing = d.dispatch(livechat("chat_teleported", "{}"));
        assertFalse(ok.isDone(), "dispatch returned before the handler ran");
        assertTrue(handled.isEmpty());
        queued.forEach(Runnable::run);
        ok.get(1, TimeUnit.SECONDS);
        assertEquals(List.of("a"), handled);
        ExecutionException e = assertThrows(ExecutionException.class, () -> failing.get(1, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals(List.of("chat_teleported: cannot handle chat_teleported"), errors);
    }

    @Test
    void asynchronousFailuresWithoutAListenerAreLoggedNotThrown() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        WebhookDispatcher<LiveChatWebhook> d = WebhookDispatcher.builder(LiveChatWebhook.class)
                .fallback(w -> {
                    throw new IllegalStateException("boom");
                })
                .async(queued::add)
                .build();
        CompletableFuture<Void> f = d.dispatch(livechat("thread_tagged", "{}"));
        queued.get(0).run();
        assertTrue(f.isCompletedExceptionally());
    }

    @Test
    void aFailingErrorListenerIsContained() {
        List<Runnable> queued = new ArrayList<>();
        WebhookDispatcher<LiveChatWebhook> d = WebhookDispatcher.builder(LiveChatWebhook.class)
                .fallback(w -> {
                    throw new IllegalStateException("boom");
                })
                .onError((w, e) -> {
                    throw new IllegalArgumentException("listener broke");
                })
                .async(queued::add)
                .build();
        CompletableFuture<Void> f = d.dispatch(livechat("thread_tagged", "{}"));
        queued.get(0).run();
        assertTrue(f.isCompletedExceptionally());
    }

    @Test
    void aSaturatedExecutorIsReportedToTheCaller() {
        WebhookDispatcher<LiveChatWebhook> d = WebhookDispatcher.builder(LiveChatWebhook.class)
                .fallback(w -> { })
                .async(r -> {
                    throw new RejectedExecutionException("queue full");
                })
                .build();
        assertThrows(RejectedExecutionException.class, () -> d.dispatch(livechat("thread_tagged", "{}")));
    }
}
