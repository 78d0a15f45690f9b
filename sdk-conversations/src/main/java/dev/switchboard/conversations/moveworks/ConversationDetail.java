package dev.switchboard.conversations.moveworks;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.Map;

/**
 * The typed view of a SysEvent conversation's {@code detail}, one variant per shape of
 * {@link ConversationType}. Every variant is a view over the raw detail ({@link #raw()}, empty when the server sent
 * none), so nothing is lost when a key is added; a value of an unexpected JSON type fails only its own accessor.
 * Ids are read as text even when sent as numbers.
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

    /** @return the detail object as sent (JSON types kept), or an empty object when the server sent none */
    Map<String, Object> raw();

    /**
     * @param type the conversation's type, or {@code null}
     * @param raw the raw detail, or {@code null}
     * @return the variant for {@code type}
     */
    static ConversationDetail of(ConversationType type, JsonObject raw) {
        return variant(type, raw == null ? JsonObject.EMPTY : raw);
    }

    private static Variant variant(ConversationType type, JsonObject r) {
        if (type == null || !type.isKnown()) {
            return new Unknown(type, r);
        }
        if (type.equals(ConversationType.TICKET_UPDATE_NOTIFICATION) || type.equals(ConversationType.TICKET_WAITING_NOTIFICATION)
                || type.equals(ConversationType.TICKET_WATCHER_NOTIFICATION)
                || type.equals(ConversationType.TICKET_NUDGE_NOTIFICATION)) {
            return new Ticket(type, r);
        }
        if (type.equals(ConversationType.COMMS_NOTIFICATION)) {
            return new CommsCampaign(type, r);
        }
        if (type.equals(ConversationType.AMBIENT_AGENT_NOTIFICATION) || type.equals(ConversationType.EVENTS_NOTIFICATION)) {
            return new UseCase(type, r);
        }
        if (type.equals(ConversationType.APPROVAL_UPDATE_NOTIFICATION)) {
            return new ApprovalUpdate(type, r);
        }
        if (type.equals(ConversationType.TICKET_INTERCEPTION)) {
            return new TicketInterception(type, r);
        }
        if (type.equals(ConversationType.CHANNEL_INTERCEPTION)) {
            return new ChannelInterception(type, r);
        }
        return new NoDetail(type, r);
    }

    /** The shared part of every variant: the type it was chosen by, and the detail it views. */
    abstract sealed class Variant extends JsonModel implements ConversationDetail {
        private final ConversationType type;

        Variant(ConversationType type, JsonObject raw) {
            super(raw);
            this.type = type;
        }

        @Override
        public final ConversationType type() {
            return type;
        }

        @Override
        public final Map<String, Object> raw() {
            return json();
        }
    }

    /** Ticket update, waiting, watcher and nudge notifications. */
    final class Ticket extends Variant {
        Ticket(ConversationType type, JsonObject raw) {
            super(type, raw);
        }

        /** @return {@code ticket_id} */
        public String ticketId() {
            return id("ticket_id");
        }
    }

    /** A comms campaign notification ({@link ConversationType#COMMS_NOTIFICATION}). */
    final class CommsCampaign extends Variant {
        CommsCampaign(ConversationType type, JsonObject raw) {
            super(type, raw);
        }

        /** @return {@code campaign_id} */
        public String campaignId() {
            return id("campaign_id");
        }

        /** @return {@code campaign_name} */
        public String campaignName() {
            return string("campaign_name");
        }
    }

    /** An ambient agent or events notification. */
    final class UseCase extends Variant {
        UseCase(ConversationType type, JsonObject raw) {
            super(type, raw);
        }

        /** @return {@code usecase_id} */
        public String usecaseId() {
            return id("usecase_id");
        }

        /** @return {@code usecase_name} */
        public String usecaseName() {
            return string("usecase_name");
        }
    }

    /** An approval update notification ({@link ConversationType#APPROVAL_UPDATE_NOTIFICATION}). */
    final class ApprovalUpdate extends Variant {
        ApprovalUpdate(ConversationType type, JsonObject raw) {
            super(type, raw);
        }

        /** @return the detail's own {@code type} key */
        public String approvalType() {
            return string("type");
        }

        /** @return {@code source} */
        public String source() {
            return string("source");
        }

        /** @return {@code domain} */
        public Domain domain() {
            return openEnum("domain", Domain::of);
        }
    }

    /** A ticket interception, with or without a bot reach-out ({@link ConversationType#TICKET_INTERCEPTION}). */
    final class TicketInterception extends Variant {
        TicketInterception(ConversationType type, JsonObject raw) {
            super(type, raw);
        }

        /** @return {@code ticket_id} */
        public String ticketId() {
            return id("ticket_id");
        }

        /** @return {@code content}: the ticket's description */
        public String content() {
            return string("content");
        }
    }

    /** A channel interception, with or without a bot reach-out ({@link ConversationType#CHANNEL_INTERCEPTION}). */
    final class ChannelInterception extends Variant {
        ChannelInterception(ConversationType type, JsonObject raw) {
            super(type, raw);
        }

        /** @return {@code channel_id} */
        public String channelId() {
            return id("channel_id");
        }

        /** @return {@code channel_name} */
        public String channelName() {
            return string("channel_name");
        }

        /** @return {@code content}: the channel message */
        public String content() {
            return string("content");
        }
    }

    /** A type documented without detail: expired or expiring password, locked account, CSAT. */
    final class NoDetail extends Variant {
        NoDetail(ConversationType type, JsonObject raw) {
            super(type, raw);
        }
    }

    /** A type this SDK version does not know (or a detail without type). */
    final class Unknown extends Variant {
        Unknown(ConversationType type, JsonObject raw) {
            super(type, raw);
        }
    }
}
