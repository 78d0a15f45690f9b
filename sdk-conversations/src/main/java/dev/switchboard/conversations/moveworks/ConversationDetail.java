package dev.switchboard.conversations.moveworks;

import java.util.Map;

/**
 * The typed view of a SysEvent conversation's {@code detail}, one variant per shape of
 * {@link ConversationType}. Every variant keeps the raw detail ({@link #raw()}, empty when the server sent none), so
 * nothing is lost when a key is added or a value has an unexpected type: the typed accessors then return
 * {@code null} and the raw map still holds it. Ids are read as text even when sent as numbers.
 *
 * <pre>{@code
 * conversation.detail().ifPresent(d -> {
 *     if (d instanceof ConversationDetail.Ticket t) {
 *         System.out.println("ticket " + t.ticketId());
 *     } else if (d instanceof ConversationDetail.ChannelInterception c) {
 *         System.out.println("#" + c.channelName() + ": " + c.content());
 *     } else {
 *         System.out.println(d.type() + " " + d.raw());
 *     }
 * });
 * }</pre>
 */
public sealed interface ConversationDetail {

    /** @return the SysEvent type the variant was chosen by; {@code null} only for {@link Unknown} without type */
    ConversationType type();

    /** @return the detail object as sent (JSON types kept), or an empty map when the server sent none */
    Map<String, Object> raw();

    /**
     * @param type the conversation's type, or {@code null}
     * @param raw the raw detail, or {@code null}
     * @return the variant for {@code type}
     */
    static ConversationDetail of(ConversationType type, Map<String, Object> raw) {
        Map<String, Object> r = JsonFields.orEmpty(raw);
        if (type == null || !type.isKnown()) {
            return new Unknown(type, r);
        }
        if (type.equals(ConversationType.TICKET_UPDATE_NOTIFICATION) || type.equals(ConversationType.TICKET_WAITING_NOTIFICATION)
                || type.equals(ConversationType.TICKET_WATCHER_NOTIFICATION)
                || type.equals(ConversationType.TICKET_NUDGE_NOTIFICATION)) {
            return new Ticket(type, JsonFields.textOf(r, "ticket_id"), r);
        }
        if (type.equals(ConversationType.COMMS_NOTIFICATION)) {
            return new CommsCampaign(type, JsonFields.textOf(r, "campaign_id"), JsonFields.textOf(r, "campaign_name"), r);
        }
        if (type.equals(ConversationType.AMBIENT_AGENT_NOTIFICATION) || type.equals(ConversationType.EVENTS_NOTIFICATION)) {
            return new UseCase(type, JsonFields.textOf(r, "usecase_id"), JsonFields.textOf(r, "usecase_name"), r);
        }
        if (type.equals(ConversationType.APPROVAL_UPDATE_NOTIFICATION)) {
            return new ApprovalUpdate(type, JsonFields.textOf(r, "type"), JsonFields.textOf(r, "source"),
                    JsonFields.enumOf(r, "domain", Domain::of), r);
        }
        if (type.equals(ConversationType.TICKET_INTERCEPTION)) {
            return new TicketInterception(type, JsonFields.textOf(r, "ticket_id"), JsonFields.textOf(r, "content"), r);
        }
        if (type.equals(ConversationType.CHANNEL_INTERCEPTION)) {
            return new ChannelInterception(type, JsonFields.textOf(r, "channel_id"), JsonFields.textOf(r, "channel_name"),
                    JsonFields.textOf(r, "content"), r);
        }
        return new NoDetail(type, r);
    }

    /**
     * Ticket update, waiting, watcher and nudge notifications.
     *
     * @param type which of the four
     * @param ticketId {@code ticket_id}
     * @param raw the raw detail
     */
    record Ticket(ConversationType type, String ticketId, Map<String, Object> raw) implements ConversationDetail {
    }

    /**
     * A comms campaign notification.
     *
     * @param type {@link ConversationType#COMMS_NOTIFICATION}
     * @param campaignId {@code campaign_id}
     * @param campaignName {@code campaign_name}
     * @param raw the raw detail
     */
    record CommsCampaign(ConversationType type, String campaignId, String campaignName, Map<String, Object> raw)
            implements ConversationDetail {
    }

    /**
     * An ambient agent or events notification.
     *
     * @param type {@link ConversationType#AMBIENT_AGENT_NOTIFICATION} or {@link ConversationType#EVENTS_NOTIFICATION}
     * @param usecaseId {@code usecase_id}
     * @param usecaseName {@code usecase_name}
     * @param raw the raw detail
     */
    record UseCase(ConversationType type, String usecaseId, String usecaseName, Map<String, Object> raw)
            implements ConversationDetail {
    }

    /**
     * An approval update notification.
     *
     * @param type {@link ConversationType#APPROVAL_UPDATE_NOTIFICATION}
     * @param approvalType the detail's own {@code type} key
     * @param source {@code source}
     * @param domain {@code domain}
     * @param raw the raw detail
     */
    record ApprovalUpdate(ConversationType type, String approvalType, String source, Domain domain, Map<String, Object> raw)
            implements ConversationDetail {
    }

    /**
     * A ticket interception, with or without a bot reach-out.
     *
     * @param type {@link ConversationType#TICKET_INTERCEPTION}
     * @param ticketId {@code ticket_id}
     * @param content {@code content}: the ticket's description
     * @param raw the raw detail
     */
    record TicketInterception(ConversationType type, String ticketId, String content, Map<String, Object> raw)
            implements ConversationDetail {
    }

    /**
     * A channel interception, with or without a bot reach-out.
     *
     * @param type {@link ConversationType#CHANNEL_INTERCEPTION}
     * @param channelId {@code channel_id}
     * @param channelName {@code channel_name}
     * @param content {@code content}: the channel message
     * @param raw the raw detail
     */
    record ChannelInterception(ConversationType type, String channelId, String channelName, String content,
            Map<String, Object> raw) implements ConversationDetail {
    }

    /**
     * A type documented without detail: expired or expiring password, locked account, CSAT.
     *
     * @param type the type
     * @param raw the raw detail, usually empty
     */
    record NoDetail(ConversationType type, Map<String, Object> raw) implements ConversationDetail {
    }

    /**
     * A type this SDK version does not know (or a detail without type).
     *
     * @param type the type as sent, or {@code null}
     * @param raw the raw detail
     */
    record Unknown(ConversationType type, Map<String, Object> raw) implements ConversationDetail {
    }
}
