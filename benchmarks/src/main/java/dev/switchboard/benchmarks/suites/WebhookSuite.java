package dev.switchboard.benchmarks.suites;

import dev.switchboard.benchmarks.baseline.HandWritten;
import dev.switchboard.benchmarks.data.IntercomData;
import dev.switchboard.benchmarks.data.LiveChatData;
import dev.switchboard.benchmarks.harness.Comparison;
import dev.switchboard.benchmarks.harness.Interleaved;
import dev.switchboard.webhooks.intercom.ConversationItem;
import dev.switchboard.webhooks.intercom.IntercomNotification;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import dev.switchboard.webhooks.intercom.TicketItem;
import dev.switchboard.webhooks.livechat.IncomingChat;
import dev.switchboard.webhooks.livechat.IncomingEvent;
import dev.switchboard.webhooks.livechat.LiveChatWebhooks;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Raw delivery bytes to a verified, typed event, against the hand-written check plus {@code readTree} of the same
 * bytes. Both sides read the same few fields, so neither can skip the work.
 */
public final class WebhookSuite implements Suite {
    private static final String LIVECHAT_SECRET = "bench-livechat-secret-7Hq2";
    private static final String INTERCOM_SECRET = "bench-intercom-client-secret";

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public List<Comparison> run(Interleaved h) throws Exception {
        LiveChatWebhooks livechat = LiveChatWebhooks.builder().secrets(LIVECHAT_SECRET).build();
        IntercomWebhooks intercom = IntercomWebhooks.builder().clientSecrets(INTERCOM_SECRET).build();
        byte[] secret = LIVECHAT_SECRET.getBytes(StandardCharsets.UTF_8);
        byte[] chat = LiveChatData.incomingChat(LIVECHAT_SECRET);
        byte[] event = LiveChatData.incomingEvent(LIVECHAT_SECRET);
        byte[] ticket = IntercomData.notification("ticket.created", IntercomData.ticket(0));
        byte[] replied = IntercomData.notification("conversation.operator.replied", IntercomData.conversationWithParts(1));
        String ticketSig = IntercomWebhooks.sign(ticket, INTERCOM_SECRET);
        String repliedSig = IntercomWebhooks.sign(replied, INTERCOM_SECRET);
        return List.of(
                h.compare("webhook.livechat.incoming_chat", "verify + decode incoming_chat (" + chat.length
                        + " bytes, thread of 20 events)", 1, "delivery",
                        () -> {
                            IncomingChat c = (IncomingChat) livechat.verify(chat);
                            return "incoming_chat".hashCode() + c.payload().chat().id().hashCode()
                                    + c.payload().chat().thread().events().size();
                        },
                        () -> HandWritten.liveChatWebhook(chat, secret)),
                h.compare("webhook.livechat.incoming_event", "verify + decode incoming_event (" + event.length + " bytes)",
                        1, "delivery",
                        () -> {
                            IncomingEvent e = (IncomingEvent) livechat.verify(event);
                            return "incoming_event".hashCode() + e.payload().event().id().hashCode();
                        },
                        () -> HandWritten.liveChatWebhook(event, secret)),
                h.compare("webhook.intercom.ticket.created", "verify + decode ticket.created (" + ticket.length + " bytes)",
                        1, "delivery",
                        () -> {
                            IntercomNotification n = intercom.verify(ticket, IntercomWebhooks.SIGNATURE_HEADER, ticketSig);
                            return n.topic().value().hashCode() + ((TicketItem) n.item()).ticket().id().hashCode();
                        },
                        () -> HandWritten.intercomWebhook(ticket, ticketSig, INTERCOM_SECRET)),
                h.compare("webhook.intercom.conversation.operator.replied", "verify + decode conversation.operator.replied ("
                        + replied.length + " bytes, 4 parts)", 1, "delivery",
                        () -> {
                            IntercomNotification n = intercom.verify(replied, IntercomWebhooks.SIGNATURE_HEADER, repliedSig);
                            return n.topic().value().hashCode() + ((ConversationItem) n.item()).conversation().id().hashCode();
                        },
                        () -> HandWritten.intercomWebhook(replied, repliedSig, INTERCOM_SECRET)));
    }
}
