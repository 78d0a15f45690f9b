package dev.switchboard.webhooks.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.conversations.intercom.ConversationPart;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A verified Intercom webhook notification ({@code notification_event}). The envelope is the same whatever the app's
 * API version; {@link #item()} is typed by its {@code type}.
 *
 * <pre>{@code
 * IntercomNotification n = intercom.verify(body, headers);
 * if (n.item() instanceof TicketItem t) {
 *     sync(t.ticket());
 * }
 * }</pre>
 *
 * <p>{@code id}, {@code self} and {@code delivery_status} are always written back, as {@code null} when not sent
 * (Intercom sends all three, often {@code null}); times are written as epoch seconds, as Intercom sends them.
 *
 * @param type {@code notification_event}
 * @param appId the workspace the notification comes from: a subscription belongs to the app, so one endpoint receives
 *     every workspace that installed it
 * @param data the container of the item
 * @param links links; {@code {}} in practice
 * @param id the notification's id ({@code notif_...}), the same on every retry: deduplicate on it; {@code null} on
 *     some pings
 * @param topic what happened
 * @param deliveryStatus for example {@code pending}; often {@code null}
 * @param deliveryAttempts how many delivery attempts, this one included (starts at 1)
 * @param deliveredAt when it was delivered; 0 (the epoch) until then
 * @param firstSentAt when the first attempt was made
 * @param createdAt when the notification was created
 * @param self the URL of the notification; usually {@code null}
 * @param extra fields this SDK does not know
 */
public record IntercomNotification(
        @JsonProperty("type") String type,
        @JsonProperty("app_id") String appId,
        @JsonProperty("data") Data data,
        @JsonProperty("links") Map<String, Object> links,
        @JsonProperty("id") @JsonInclude(JsonInclude.Include.ALWAYS) String id,
        @JsonProperty("topic") IntercomTopic topic,
        @JsonProperty("delivery_status") @JsonInclude(JsonInclude.Include.ALWAYS) String deliveryStatus,
        @JsonProperty("delivery_attempts") Integer deliveryAttempts,
        @JsonProperty("delivered_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant deliveredAt,
        @JsonProperty("first_sent_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant firstSentAt,
        @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("self") @JsonInclude(JsonInclude.Include.ALWAYS) String self,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the collections immutable. */
    public IntercomNotification {
        links = Copies.map(links);
        extra = Extras.of(extra);
    }

    /** @return the item ({@code data.item}); never {@code null} for a notification this SDK decoded */
    public IntercomItem item() {
        return data == null ? null : data.item();
    }

    /**
     * @param type the item class, for example {@code TicketItem.class}
     * @param <T> the item class
     * @return the item, if it is of that class
     */
    public <T extends IntercomItem> Optional<T> item(Class<T> type) {
        IntercomItem item = item();
        return type.isInstance(item) ? Optional.of(type.cast(item)) : Optional.empty();
    }

    /**
     * The part a reply notification reports: for {@code conversation.operator.replied} (2.14: Fin or a bot replied)
     * the most recent part written by a bot or the AI agent, else the most recent part; for the other
     * {@code conversation.*.replied} topics the most recent part.
     *
     * @return the replying part; empty for other topics, other items, or a conversation without parts
     */
    public Optional<ConversationPart> replyingPart() {
        if (topic == null || !topic.isReply() || !(item() instanceof ConversationItem c)) {
            return Optional.empty();
        }
        if (topic.equals(IntercomTopic.CONVERSATION_OPERATOR_REPLIED)) {
            List<ConversationPart> parts = c.conversation().parts();
            for (int i = parts.size() - 1; i >= 0; i--) {
                ConversationPart part = parts.get(i);
                if (part != null && (part.fromAiAgent() || part.author() != null && "bot".equals(part.author().type()))) {
                    return Optional.of(part);
                }
            }
        }
        return c.lastPart();
    }

    /**
     * The notification's {@code data}.
     *
     * @param type {@code notification_event_data}
     * @param item the object the notification is about
     * @param extra fields this SDK does not know
     */
    public record Data(
            @JsonProperty("type") String type,
            @JsonProperty("item") IntercomItem item,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Data {
            extra = Extras.of(extra);
        }
    }
}
