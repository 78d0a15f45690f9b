package dev.switchboard.examples.cli.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.conversations.intercom.ConversationPart;
import dev.switchboard.core.json.Json;
import dev.switchboard.examples.cli.MaskedOutput;
import dev.switchboard.examples.cli.TourLeg;
import dev.switchboard.examples.webhooks.WebhookReceiver;
import dev.switchboard.testkit.webhooks.WebhookSender;
import dev.switchboard.webhooks.Deduplicator;
import dev.switchboard.webhooks.WebhookDispatcher;
import dev.switchboard.webhooks.intercom.ConversationItem;
import dev.switchboard.webhooks.intercom.IntercomDelivery;
import dev.switchboard.webhooks.intercom.IntercomNotification;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import dev.switchboard.webhooks.intercom.TicketItem;
import dev.switchboard.webhooks.livechat.IncomingEvent;
import dev.switchboard.webhooks.livechat.LiveChatDelivery;
import dev.switchboard.webhooks.livechat.LiveChatWebhook;
import dev.switchboard.webhooks.livechat.LiveChatWebhooks;
import dev.switchboard.webhooks.livechat.MessageEvent;
import dev.switchboard.webhooks.livechat.RoutingStatusSet;
import dev.switchboard.webhooks.livechat.UnknownLiveChatWebhook;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The webhooks leg of the tour: starts the {@link WebhookReceiver} example on 127.0.0.1, and with the testkit's
 * {@link WebhookSender} posts LiveChat and Intercom deliveries to it: good ones, a wrong secret, a rotated (old but
 * still configured) secret, an unknown action, a duplicate notification id and a truncated body. Handlers run after
 * the 200, on their own thread; every answer and every handled event is checked, and no secret is ever printed.
 */
public final class WebhooksTourLeg implements TourLeg {
    static final String LIVECHAT_SECRET = "tour-livechat-secret-2026";
    static final String LIVECHAT_OLD_SECRET = "tour-livechat-secret-2025";
    static final String INTERCOM_SECRET = "tour-intercom-client-secret-b";
    static final String INTERCOM_OLD_SECRET = "tour-intercom-client-secret-a";
    static final List<String> SECRETS = List.of(LIVECHAT_SECRET, LIVECHAT_OLD_SECRET, INTERCOM_SECRET, INTERCOM_OLD_SECRET);
    private static final Duration WAIT = Duration.ofSeconds(5);

    /** Creates the leg. */
    public WebhooksTourLeg() {
    }

    @Override
    public String name() {
        return "webhooks: verify and decode LiveChat and Intercom deliveries";
    }

    /**
     * Runs the leg; its lines are collected and checked for secrets before they reach {@code out}.
     *
     * @param out stdout
     * @throws IllegalStateException if an expectation fails
     */
    @Override
    public void run(PrintStream out) {
        MaskedOutput.run(out, SECRETS, List.of(), WebhooksTourLeg::steps);
    }

    private static void steps(PrintStream out) {
        BlockingQueue<String> handled = new LinkedBlockingQueue<>();
        ExecutorService handlerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tour-webhook-handlers");
            t.setDaemon(true);
            return t;
        });
        WebhookDispatcher<LiveChatWebhook> livechat = WebhookDispatcher.builder(LiveChatWebhook.class)
                .on(IncomingEvent.class, e -> handled.add("IncomingEvent: " + describe(e) + " in chat " + e.payload().chatId()))
                .on(RoutingStatusSet.class, s -> handled.add("RoutingStatusSet: " + s.payload().agentId() + " is \""
                        + s.payload().status() + "\" (accepting chats: " + s.payload().status().acceptingChats() + ")"))
                .on(UnknownLiveChatWebhook.class, u -> handled.add("UnknownLiveChatWebhook: action " + u.action()
                        + ", raw payload kept (" + u.json().getObject("payload").size() + " fields)"))
                .fallback(w -> handled.add(w.getClass().getSimpleName()))
                .async(handlerThread)
                .build();
        WebhookDispatcher<IntercomNotification> intercom = WebhookDispatcher.builder(IntercomNotification.class)
                .on(IntercomNotification::item, TicketItem.class, (n, t) -> handled.add("TicketItem: ticket " + t.ticket().id()
                        + " \"" + t.ticket().ticketAttributes().get("_default_title_") + "\", state "
                        + t.ticket().ticketState().category()))
                .on(IntercomNotification::item, ConversationItem.class, (n, c) -> handled.add("ConversationItem: conversation "
                        + c.conversation().id() + ", replying part " + n.replyingPart().map(WebhooksTourLeg::describe).orElse("none")))
                .fallback(n -> handled.add(n.item().getClass().getSimpleName() + " (" + n.item().type() + ")"))
                .async(handlerThread)
                .build();
        try (WebhookReceiver receiver = WebhookReceiver.builder()
                .livechat(LiveChatWebhooks.builder().secrets(LIVECHAT_SECRET, LIVECHAT_OLD_SECRET).build(), livechat)
                .intercom(IntercomWebhooks.builder().clientSecrets(INTERCOM_SECRET, INTERCOM_OLD_SECRET).build(), intercom)
                .deduplicator(Deduplicator.builder().capacity(100).build())
                .start()) {
            Steps s = new Steps(out, handled, WebhookSender.create(WAIT));
            out.println("receiver on 127.0.0.1 (ephemeral port): POST /livechat, POST /intercom; handlers run after the 200");
            livechatSteps(s, receiver.livechatUrl());
            intercomSteps(s, receiver.intercomUrl());
        } finally {
            handlerThread.shutdownNow();
        }
    }

    private static void livechatSteps(Steps s, URI url) {
        String message = "{\"chat_id\":\"PJ0MRSHTDG\",\"thread_id\":\"K600PKZON8\",\"event\":{\"id\":\"K600PKZON8_1\",\"type\":\"message\","
                + "\"author_id\":\"b7eff798-f8df-4364-8059-649c35c9ed0c\",\"created_at\":\"2026-04-01T10:00:00.000000Z\","
                + "\"visibility\":\"all\",\"text\":\"Where is my parcel? \u00e9\u00e8\"}}";
        s.handledAfter("LiveChat incoming_event (secret ok)", s.sender.postLiveChat(url,
                LiveChatDelivery.builder("incoming_event", LIVECHAT_SECRET).payloadJson(message).toBytes()), "IncomingEvent");
        s.rejected("LiveChat incoming_event (wrong secret)", s.sender.postLiveChat(url,
                LiveChatDelivery.builder("incoming_event", "not-the-secret").payloadJson(message).toBytes()), 401);
        s.handledAfter("LiveChat routing_status_set (rotated: last year's secret, still configured)", s.sender.postLiveChat(url,
                LiveChatDelivery.builder("routing_status_set", LIVECHAT_OLD_SECRET)
                        .payloadJson("{\"agent_id\":\"smith@example.com\",\"status\":\"accepting chats\"}").toBytes()), "RoutingStatusSet");
        s.handledAfter("LiveChat chat_teleported (an action this SDK does not know)", s.sender.postLiveChat(url,
                LiveChatDelivery.builder("chat_teleported", LIVECHAT_SECRET)
                        .payloadJson("{\"chat_id\":\"PJ0MRSHTDG\",\"destination\":\"mars\"}").toBytes()), "UnknownLiveChatWebhook");
        byte[] whole = LiveChatDelivery.builder("incoming_event", LIVECHAT_SECRET).payloadJson(message).toBytes();
        s.rejected("LiveChat incoming_event (body cut off)", s.sender.postLiveChat(url, Arrays.copyOf(whole, whole.length / 2)), 400);
    }

    private static void intercomSteps(Steps s, URI url) {
        s.handledAfter("Intercom ping", s.sender.postIntercom(url, IntercomDelivery.ping("tour ping").toBytes(), INTERCOM_SECRET),
                "PingItem (ping)");
        byte[] ticket = IntercomDelivery.builder("ticket.created", "notif_6f0c2a1e-tour-0001").itemJson(
                "{\"type\":\"ticket\",\"id\":\"642\",\"ticket_id\":\"37\",\"category\":\"Customer\",\"ticket_attributes\":"
                        + "{\"_default_title_\":\"Printer on fire\"},\"ticket_state\":{\"type\":\"ticket_state\",\"id\":\"8499\","
                        + "\"category\":\"submitted\"},\"open\":true,\"created_at\":1775037600,\"updated_at\":1775037600}").toBytes();
        s.handledAfter("Intercom ticket.created", s.sender.postIntercom(url, ticket, INTERCOM_SECRET), "TicketItem");
        s.rejected("Intercom ticket.created (signed with a wrong secret)", s.sender.postIntercom(url, ticket, "not-the-client-secret"), 401);
        s.rejected("Intercom ticket.created (X-Hub-Signature: sha1=zz)", s.sender.post(url, ticket, "X-Hub-Signature", "sha1=zz"), 401);
        WebhookSender.Response again = s.sender.postIntercom(url, ticket, INTERCOM_SECRET);
        s.check(again.status() == 200 && again.bodyUtf8().contains("\"duplicate\":true"),
                "a repeated notification id was not acknowledged as a duplicate: " + again);
        s.out.println("Intercom ticket.created again, same id (a retry): 200, acknowledged as a duplicate, not handled again");
        byte[] reply = IntercomDelivery.builder("conversation.operator.replied", "notif_6f0c2a1e-tour-0002").itemJson(
                "{\"type\":\"conversation\",\"id\":\"215468\",\"state\":\"open\",\"open\":true,\"conversation_parts\":"
                        + "{\"type\":\"conversation_part.list\",\"total_count\":2,\"conversation_parts\":["
                        + "{\"type\":\"conversation_part\",\"id\":\"9001\",\"part_type\":\"comment\",\"body\":\"<p>Is it shipped?</p>\","
                        + "\"author\":{\"type\":\"user\",\"id\":\"6762f2dd1bb69f9f2193bc55\"}},"
                        + "{\"type\":\"conversation_part\",\"id\":\"9002\",\"part_type\":\"comment\",\"body\":\"<p>Yes, this morning.</p>\","
                        + "\"author\":{\"type\":\"bot\",\"id\":\"991268001\",\"name\":\"Fin\",\"from_ai_agent\":true}}]}}").toBytes();
        s.handledAfter("Intercom conversation.operator.replied (rotated: the old client secret)",
                s.sender.postIntercom(url, reply, INTERCOM_OLD_SECRET), "ConversationItem");
        // The handler thread runs in order: had the duplicate been handled, it would come before this ping.
        s.handledAfter("Intercom ping (nothing else was handled in between)",
                s.sender.postIntercom(url, IntercomDelivery.ping("last").toBytes(), INTERCOM_SECRET), "PingItem (ping)");
    }

    private static String describe(IncomingEvent e) {
        return e.payload().event() instanceof MessageEvent m ? "message \"" + m.text() + "\""
                : e.payload().event().getClass().getSimpleName();
    }

    private static String describe(ConversationPart part) {
        String author = part.author() == null ? "?" : part.author().type() + (part.fromAiAgent() ? ", AI agent" : "");
        return part.id() + " by " + author;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    /** Sends, checks and prints one step at a time. */
    private static final class Steps {
        final PrintStream out;
        final BlockingQueue<String> handled;
        final WebhookSender sender;

        Steps(PrintStream out, BlockingQueue<String> handled, WebhookSender sender) {
            this.out = out;
            this.handled = handled;
            this.sender = sender;
        }

        void handledAfter(String what, WebhookSender.Response response, String expected) {
            check(response.status() == 200, what + ": expected 200, got " + response.status() + " " + response.bodyUtf8());
            String event;
            try {
                event = handled.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a handler", e);
            }
            check(event != null, what + ": no handler ran within " + WAIT.toSeconds() + " s");
            check(event.startsWith(expected), what + ": expected " + expected + ", handled " + event);
            out.println(what + ": 200 -> " + event);
        }

        void rejected(String what, WebhookSender.Response response, int status) {
            check(response.status() == status, what + ": expected " + status + ", got " + response.status() + " " + response.bodyUtf8());
            JsonNode body = Json.tree(response.body(), "receiver answer");
            String detail = body.has("reason") ? body.get("reason").asText() : body.path("message").asText();
            out.println(what + ": " + status + " (" + detail + "), not handled");
        }

        void check(boolean ok, String message) {
            WebhooksTourLeg.check(ok, message);
        }
    }
}
