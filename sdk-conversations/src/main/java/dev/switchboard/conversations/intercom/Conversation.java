package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A conversation as retrieved, updated or replied to ({@code conversation}), with up to its 500 most recent parts.
 * Fields this SDK does not type ({@code topics}, {@code ticket}, ...) are in {@link #json()}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Conversation extends JsonModel {

    /** @param json the object as sent */
    public Conversation(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code conversation}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the conversation's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return its title, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String title() {
        return string("title");
    }

    /**
     * @return when it was created, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return when it last changed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /**
     * @return since when the contact has been waiting for a reply, or {@code null} when an admin replied last
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant waitingSince() {
        return instant("waiting_since");
    }

    /**
     * @return when a snoozed conversation reopens, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant snoozedUntil() {
        return instant("snoozed_until");
    }

    /**
     * @return whether it is open, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean open() {
        return bool("open");
    }

    /**
     * @return {@code open}, {@code closed} or {@code snoozed} (open: unknown values are kept), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public ConversationState state() {
        return openEnum("state", ConversationState::of);
    }

    /**
     * @return whether it was read, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean read() {
        return bool("read");
    }

    /**
     * @return {@code priority} or {@code not_priority} (open), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public ConversationPriority priority() {
        return openEnum("priority", ConversationPriority::of);
    }

    /**
     * @return the assigned admin, or {@code null}: an integer on the wire, read as its digits (a string is read too)
     *     and written back as it came
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String adminAssigneeId() {
        return id("admin_assignee_id");
    }

    /**
     * @return the assigned team, or {@code null}: an integer on the wire, read as its digits (a string is read too) and
     *     written back as it came
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String teamAssigneeId() {
        return id("team_assignee_id");
    }

    /**
     * @return its tags, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public TagList tags() {
        return object("tags", TagList::new);
    }

    /**
     * @return the contact's rating, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public ConversationRating conversationRating() {
        return object("conversation_rating", ConversationRating::new);
    }

    /**
     * @return the message that started it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public ConversationSource source() {
        return object("source", ConversationSource::new);
    }

    /**
     * @return its contacts, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public ContactList contacts() {
        return object("contacts", ContactList::new);
    }

    /**
     * The participants as attaching or detaching a contact answers them: the spec types that answer as a
     * {@code conversation} but its examples are {@code {"customers": [{"type": "user", "id": ...}]}}, so those
     * answers read here (and their other accessors are {@code null}).
     *
     * @return the conversation's customers ({@code type} and {@code id}), or {@code null} when absent (every other
     *     answer)
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws
     *     when it is read
     */
    public List<Reference> customers() {
        return list("customers", Reference::new);
    }

    /**
     * @return the teammates who took part, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public TeammateList teammates() {
        return object("teammates", TeammateList::new);
    }

    /**
     * @return its custom attributes as raw JSON (a {@link JsonObject}), JSON types kept: strings, booleans,
     *     {@code Integer}/{@code Long}/{@code BigInteger}, {@code BigDecimal}, {@code null}, and objects and arrays for
     *     custom-object references; {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Map<String, Object> customAttributes() {
        return rawObject("custom_attributes");
    }

    /**
     * @return the contact's first message, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public FirstContactReply firstContactReply() {
        return object("first_contact_reply", FirstContactReply::new);
    }

    /**
     * @return the SLA applied, or {@code null} (sent as {@code null} or absent)
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public SlaApplied slaApplied() {
        return object("sla_applied", SlaApplied::new);
    }

    /**
     * @return reporting figures, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public ConversationStatistics statistics() {
        return object("statistics", ConversationStatistics::new);
    }

    /**
     * @return its parts (at most the 500 most recent), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public ConversationPartList conversationParts() {
        return object("conversation_parts", ConversationPartList::new);
    }

    /**
     * @return linked conversations and tickets, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public LinkedObjectList linkedObjects() {
        return object("linked_objects", LinkedObjectList::new);
    }

    /**
     * @return whether the AI agent (Fin) took part, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean aiAgentParticipated() {
        return bool("ai_agent_participated");
    }

    /**
     * @return the AI agent's involvement, or {@code null} (sent as {@code null} or absent)
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public AiAgent aiAgent() {
        return object("ai_agent", AiAgent::new);
    }

    /**
     * @return the parts in this response, oldest first; empty when none were sent
     * @throws dev.switchboard.core.DecodeException if {@code conversation_parts} or its list has an unexpected type
     */
    public List<ConversationPart> parts() {
        ConversationPartList list = conversationParts();
        List<ConversationPart> parts = list == null ? null : list.conversationParts();
        return parts == null ? List.of() : parts;
    }
}
