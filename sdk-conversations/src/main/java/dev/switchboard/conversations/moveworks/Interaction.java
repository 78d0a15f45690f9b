package dev.switchboard.conversations.moveworks;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;

/**
 * A record of the {@code interactions} entity: one message, click, form submission or upload in a conversation.
 * Since April 2026 it also holds the bot's messages of SysEvent conversations (notifications, interception
 * reach-outs): bot-actor interactions without a parent, whose conversation's first interaction is the bot's.
 *
 * <p>A typed view over the record's JSON (see {@link JsonModel}): every field may be absent or {@code null}, and the
 * record is written back exactly as the server sent it.
 */
public final class Interaction extends JsonModel {

    /** @param json the record as sent */
    public Interaction(JsonObject json) {
        super(json);
    }

    /** @return the interaction id */
    public String id() {
        return id("id");
    }

    /** @return the conversation it belongs to */
    public String conversationId() {
        return id("conversation_id");
    }

    /** @return the user's id (up to 20 digits; a string) */
    public String userId() {
        return id("user_id");
    }

    /** @return when it happened */
    public Instant createdTime() {
        return instant("created_time");
    }

    /** @return when the record last changed */
    public Instant lastUpdatedTime() {
        return instant("last_updated_time");
    }

    /** @return the chat platform ({@code msteams}, {@code slack}, {@code movewebchat}, ...) */
    public Platform platform() {
        return openEnum("platform", Platform::of);
    }

    /** @return what kind of interaction, which decides the detail's shape */
    public InteractionType type() {
        return openEnum("type", InteractionType::of);
    }

    /** @return {@code user} or {@code bot} */
    public Actor actor() {
        return openEnum("actor", Actor::of);
    }

    /** @return set on some form submissions only ({@code file_ticket}, {@code handoff}, {@code mw_form}) */
    public String label() {
        return string("label");
    }

    /**
     * @return the user interaction a bot message answers; {@code null} for user interactions and for SysEvent
     *     messages (a tiny share of SysEvent messages carry one without referential integrity)
     */
    public String parentInteractionId() {
        return id("parent_interaction_id");
    }

    /** @return the {@code detail} object as sent, or {@code null}; see {@link #detail()} */
    public Map<String, Object> rawDetail() {
        return rawObject("detail");
    }

    /** @return whether the bot produced this interaction */
    public boolean isBot() {
        return Actor.BOT.equals(actor());
    }

    /** @return whether the user produced this interaction */
    public boolean isUser() {
        return Actor.USER.equals(actor());
    }

    /** @return whether it points to a parent interaction */
    public boolean hasParent() {
        return parentInteractionId() != null;
    }

    /**
     * The typed view of {@link #rawDetail()}, chosen by {@link #type()}. Never {@code null}: a detail the server sent
     * as {@code null} (about 0.05% of SysEvent messages have no content) gives the type's variant with {@code null}
     * values.
     *
     * @return the variant for the type, or {@link InteractionDetail.Unknown} for a type this SDK version does not know
     */
    public InteractionDetail detail() {
        InteractionType type = type();
        if (rawObject("detail") == null) {
            return InteractionDetail.of(type, null);
        }
        return object("detail", raw -> (InteractionDetail.Variant) InteractionDetail.of(type, raw));
    }
}
