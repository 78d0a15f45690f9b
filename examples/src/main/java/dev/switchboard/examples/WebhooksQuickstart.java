package dev.switchboard.examples;

import dev.switchboard.examples.webhooks.WebhookReceiver;
import dev.switchboard.testkit.webhooks.WebhookSender;
import dev.switchboard.webhooks.Deduplicator;
import dev.switchboard.webhooks.WebhookDecodeException;
import dev.switchboard.webhooks.WebhookDispatcher;
import dev.switchboard.webhooks.WebhookLimits;
import dev.switchboard.webhooks.WebhookVerificationException;
import dev.switchboard.webhooks.intercom.IntercomDelivery;
import dev.switchboard.webhooks.intercom.IntercomNotification;
import dev.switchboard.webhooks.intercom.IntercomTopic;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import dev.switchboard.webhooks.intercom.JobItem;
import dev.switchboard.webhooks.intercom.TicketItem;
import dev.switchboard.webhooks.livechat.IncomingChat;
import dev.switchboard.webhooks.livechat.IncomingEvent;
import dev.switchboard.webhooks.livechat.LiveChatDelivery;
import dev.switchboard.webhooks.livechat.LiveChatWebhook;
import dev.switchboard.webhooks.livechat.LiveChatWebhooks;
import dev.switchboard.webhooks.livechat.MessageEvent;
import dev.switchboard.webhooks.livechat.UnknownLiveChatWebhook;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The README's "Webhooks" section, compiled with the build so it stays true. {@link #main} runs it on deliveries built
 * locally and on a receiver bound to 127.0.0.1; nothing leaves the machine.
 */
public final class WebhooksQuickstart {
    private WebhooksQuickstart() {
    }

    static String livechat(byte[] body, String livechatSecret) {
        // README: livechat
        LiveChatWebhooks livechat = LiveChatWebhooks.builder()
                .secrets(livechatSecret)                                  // add the new one while rotating
                .build();
        LiveChatWebhook webhook = livechat.verify(body);                  // the raw bytes, exactly as received
        if (webhook instanceof IncomingEvent e && e.payload().event() instanceof MessageEvent m) {
            return "message in " + e.payload().chatId() + ": " + m.text();
        } else if (webhook instanceof IncomingChat c) {
            return "new chat " + c.payload().chat().id();
        } else if (webhook instanceof UnknownLiveChatWebhook u) {
            return "not modelled yet: " + u.action() + " " + u.payload();  // never an exception
        }
        return webhook.action();
    }

    static String intercom(byte[] body, Map<String, List<String>> headers, String clientSecret) {
        // README: intercom
        IntercomWebhooks intercom = IntercomWebhooks.builder()
                .clientSecrets(clientSecret)                              // several while rotating
                .build();
        IntercomNotification n = intercom.verify(body, headers);          // X-Hub-Signature, any header-name case
        if (n.item() instanceof TicketItem t) {
            return n.topic() + ": ticket " + t.ticket().id();
        }
        return n.topic() + " from workspace " + n.appId() + ": " + n.item().type();
    }

    static int receive(IntercomWebhooks intercom, WebhookDispatcher<IntercomNotification> dispatcher, Deduplicator seen,
            byte[] body, Map<String, List<String>> headers) {
        // README: receive
        try {
            IntercomNotification n = intercom.verify(body, headers);
            if (seen.firstDelivery(n.id())) {                            // Intercom retries: handle each id once
                dispatcher.dispatch(n);                                   // async: returns at once
            }
            return 200;
        } catch (WebhookVerificationException e) {
            return 401;                                                   // not from Intercom
        } catch (WebhookDecodeException e) {
            return 400;                                                   // too large, too deep, not a notification
        }
    }

    static WebhookDispatcher<IntercomNotification> dispatcher(ExecutorService executor, List<String> log) {
        // README: dispatch
        return WebhookDispatcher.builder(IntercomNotification.class)
                .when(n -> n.topic().equals(IntercomTopic.PING), n -> log.add("ping"))
                .on(IntercomNotification::item, TicketItem.class, (n, t) -> log.add("ticket " + t.ticket().id()))
                .on(IntercomNotification::item, JobItem.class, (n, j) -> log.add("job " + j.job().resourceId()))
                .fallback(n -> log.add("other " + n.topic()))
                .async(executor)                                          // acknowledge first, handle afterwards
                .onError((n, e) -> log.add("failed " + n.id()))
                .build();
    }

    static LiveChatWebhooks limits(String secret) {
        // README: limits
        return LiveChatWebhooks.builder()
                .secrets(secret)
                .limits(WebhookLimits.defaults()
                        .withMaxBodyBytes(256 * 1024)                     // default 1 MiB, checked before parsing
                        .withMaxNestingDepth(32))                         // default 100
                .build();
    }

    static void testing(String livechatSecret, String clientSecret) {
        // README: testing
        byte[] chat = LiveChatDelivery.builder("incoming_chat", livechatSecret)
                .payloadJson("{\"chat\":{\"id\":\"PJ0MRSHTDG\",\"users\":[],\"thread\":{\"id\":\"K600PKZON8\",\"active\":true}}}")
                .toBytes();
        byte[] ticket = IntercomDelivery.builder("ticket.created", "notif_1").itemJson("{\"type\":\"ticket\",\"id\":\"642\"}")
                .toBytes();
        String signature = IntercomWebhooks.sign(ticket, clientSecret);   // "sha1=..."
        try (WebhookReceiver receiver = WebhookReceiver.builder()
                .livechat(LiveChatWebhooks.builder().secrets(livechatSecret).build(),
                        WebhookDispatcher.builder(LiveChatWebhook.class).build())
                .intercom(IntercomWebhooks.builder().clientSecrets(clientSecret).build(),
                        WebhookDispatcher.builder(IntercomNotification.class).build())
                .start()) {
            WebhookSender sender = WebhookSender.create();
            System.out.println("livechat: " + sender.postLiveChat(receiver.livechatUrl(), chat).status());
            System.out.println("intercom: " + sender.postIntercom(receiver.intercomUrl(), ticket, clientSecret).status());
            System.out.println("intercom, explicit header: "
                    + sender.post(receiver.intercomUrl(), ticket, "X-Hub-Signature", signature).status());
        }
    }

    /**
     * Runs the section locally.
     *
     * @param args unused
     * @throws InterruptedException if interrupted while the handlers finish
     */
    public static void main(String[] args) throws InterruptedException {
        String livechatSecret = "quickstart-livechat-secret";
        String clientSecret = "quickstart-client-secret";
        byte[] message = LiveChatDelivery.builder("incoming_event", livechatSecret)
                .payloadJson("{\"chat_id\":\"PJ0MRSHTDG\",\"event\":{\"type\":\"message\",\"text\":\"Hello\"}}").toBytes();
        System.out.println(livechat(message, livechatSecret));
        byte[] ticket = IntercomDelivery.builder("ticket.created", "notif_1").itemJson("{\"type\":\"ticket\",\"id\":\"642\"}")
                .toBytes();
        Map<String, List<String>> headers = Map.of("X-Hub-Signature", List.of(IntercomWebhooks.sign(ticket, clientSecret)));
        System.out.println(intercom(ticket, headers, clientSecret));
        ExecutorService executor = Executors.newSingleThreadExecutor();
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        IntercomWebhooks intercom = IntercomWebhooks.builder().clientSecrets(clientSecret).build();
        Deduplicator seen = Deduplicator.create();
        WebhookDispatcher<IntercomNotification> dispatcher = dispatcher(executor, log);
        System.out.println("first: " + receive(intercom, dispatcher, seen, ticket, headers) + ", retry: "
                + receive(intercom, dispatcher, seen, ticket, headers) + ", forged: "
                + receive(intercom, dispatcher, seen, ticket, Map.of("X-Hub-Signature", List.of("sha1=" + "0".repeat(40)))));
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("handled: " + log);
        System.out.println(limits(livechatSecret).limits());
        testing(livechatSecret, clientSecret);
    }
}
