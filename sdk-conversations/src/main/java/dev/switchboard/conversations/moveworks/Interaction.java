package dev.switchboard.conversations.moveworks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.IsoMillisSerializer;
import java.time.Instant;
import java.util.Map;

/**
 * A record of the {@code interactions} entity: one message, click, form submission or upload in a conversation.
 * Since April 2026 it also holds the bot's messages of SysEvent conversations (notifications, interception
 * reach-outs): bot-actor interactions without a parent, whose conversation's first interaction is the bot's.
 *
 * <p>Every field may be {@code null}. Writing the record back reproduces what the server sent.
 *
 * @param id the interaction id
 * @param conversationId the conversation it belongs to
 * @param userId the user's id (up to 20 digits; a string)
 * @param createdTime when it happened
 * @param lastUpdatedTime when the record last changed
 * @param platform the chat platform ({@code msteams}, {@code slack}, {@code movewebchat}, ...)
 * @param type what kind of interaction, which decides the detail's shape
 * @param actor {@code user} or {@code bot}
 * @param label set on some form submissions only ({@code file_ticket}, {@code handoff}, {@code mw_form})
 * @param parentInteractionId the user interaction a bot message answers; {@code null} for user interactions and for
 *     SysEvent messages (a tiny share of SysEvent messages carry one without referential integrity)
 * @param rawDetail the {@code detail} object as sent; see {@link #detail()}
 * @param extra fields this SDK version does not model, and known fields sent as JSON {@code null}
 */
public record Interaction(
        @JsonProperty("id") String id,
        @JsonProperty("conversation_id") String conversationId,
        @JsonProperty("user_id") String userId,
        @JsonProperty("created_time") @JsonSerialize(using = IsoMillisSerializer.class) Instant createdTime,
        @JsonProperty("last_updated_time") @JsonSerialize(using = IsoMillisSerializer.class) Instant lastUpdatedTime,
        @JsonProperty("platform") Platform platform,
        @JsonProperty("type") InteractionType type,
        @JsonProperty("actor") Actor actor,
        @JsonProperty("label") String label,
        @JsonProperty("parent_interaction_id") String parentInteractionId,
        @JsonProperty("detail") Map<String, Object> rawDetail,
        @JsonAnyGetter Map<String, Object> extra) {

    /**
     * Freezes the maps.
     *
     * @throws IllegalArgumentException if {@code extra} holds a typed field (except as {@code null} while that field
     *     is {@code null})
     */
    public Interaction {
        rawDetail = JsonFields.freezeMap(rawDetail);
        extra = JsonFields.checkedExtra(Interaction.class, extra, "id", id, "conversation_id", conversationId, "user_id", userId,
                "created_time", createdTime, "last_updated_time", lastUpdatedTime, "platform", platform, "type", type,
                "actor", actor, "label", label, "parent_interaction_id", parentInteractionId, "detail", rawDetail);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Interaction fromJson(JsonNode json) throws JsonMappingException {
        JsonFields f = JsonFields.of(Interaction.class, json);
        return new Interaction(f.text("id"), f.text("conversation_id"), f.text("user_id"), f.instant("created_time"),
                f.instant("last_updated_time"), f.openEnum("platform", Platform::of), f.openEnum("type", InteractionType::of),
                f.openEnum("actor", Actor::of), f.text("label"), f.text("parent_interaction_id"), f.object("detail"),
                f.extra());
    }

    /** @return whether the bot produced this interaction */
    @JsonIgnore
    public boolean isBot() {
        return Actor.BOT.equals(actor);
    }

    /** @return whether the user produced this interaction */
    @JsonIgnore
    public boolean isUser() {
        return Actor.USER.equals(actor);
    }

    /** @return whether it points to a parent interaction */
    public boolean hasParent() {
        return parentInteractionId != null;
    }

    /**
     * The typed view of {@link #rawDetail()}, chosen by {@link #type()}. Never {@code null}: a detail the server sent
     * as {@code null} (about 0.05% of SysEvent messages have no content) gives the type's variant with {@code null}
     * values.
     *
     * @return the variant for the type, or {@link InteractionDetail.Unknown} for a type this SDK version does not know
     */
    public InteractionDetail detail() {
        return InteractionDetail.of(type, rawDetail);
    }
}
