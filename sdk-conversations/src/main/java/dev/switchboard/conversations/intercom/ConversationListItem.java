package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.Map;

/**
 * A conversation as listed or searched ({@code conversation_list_item}): a {@link Conversation} without its parts
 * (retrieve it with {@link IntercomConversations#get(String)} for those). Fields the API sends as {@code null} are
 * written back as {@code null}, and unknown fields are kept.
 *
 * @param type {@code conversation}
 * @param id the conversation's id
 * @param title its title, or {@code null}
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param waitingSince since when the contact has been waiting for a reply, or {@code null} when an admin replied last
 * @param snoozedUntil when a snoozed conversation reopens, or {@code null}
 * @param open whether it is open
 * @param state {@code open}, {@code closed} or {@code snoozed}
 * @param read whether it was read
 * @param priority {@code priority} or {@code not_priority}
 * @param adminAssigneeId the assigned admin, or {@code null}; an integer on the wire, also read from a numeric string
 * @param teamAssigneeId the assigned team, or {@code null}; an integer on the wire, also read from a numeric string
 * @param tags its tags
 * @param conversationRating the contact's rating, or {@code null}
 * @param source the message that started it
 * @param contacts its contacts
 * @param teammates the teammates who took part, or {@code null}
 * @param customAttributes its custom attributes, JSON types kept: strings, booleans, {@code Integer}/{@code Long},
 *     {@code BigDecimal}, {@code null}, and maps and lists for custom-object references
 * @param firstContactReply the contact's first message, or {@code null}
 * @param slaApplied the SLA applied, or {@code null}
 * @param statistics reporting figures, or {@code null}
 * @param linkedObjects linked conversations and tickets
 * @param aiAgentParticipated whether the AI agent (Fin) took part
 * @param aiAgent the AI agent's involvement, or {@code null}
 * @param extra fields this SDK does not know (for example {@code topics} or {@code ticket})
 */
public record ConversationListItem(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("title") @JsonInclude(JsonInclude.Include.ALWAYS) String title,
        @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("updated_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant updatedAt,
        @JsonProperty("waiting_since") @JsonInclude(JsonInclude.Include.ALWAYS)
                @JsonSerialize(using = EpochSecondsSerializer.class) Instant waitingSince,
        @JsonProperty("snoozed_until") @JsonInclude(JsonInclude.Include.ALWAYS)
                @JsonSerialize(using = EpochSecondsSerializer.class) Instant snoozedUntil,
        @JsonProperty("open") Boolean open,
        @JsonProperty("state") ConversationState state,
        @JsonProperty("read") Boolean read,
        @JsonProperty("priority") ConversationPriority priority,
        @JsonProperty("admin_assignee_id") @JsonInclude(JsonInclude.Include.ALWAYS) Long adminAssigneeId,
        @JsonProperty("team_assignee_id") @JsonInclude(JsonInclude.Include.ALWAYS) Long teamAssigneeId,
        @JsonProperty("tags") TagList tags,
        @JsonProperty("conversation_rating") @JsonInclude(JsonInclude.Include.ALWAYS) ConversationRating conversationRating,
        @JsonProperty("source") ConversationSource source,
        @JsonProperty("contacts") ContactList contacts,
        @JsonProperty("teammates") @JsonInclude(JsonInclude.Include.ALWAYS) TeammateList teammates,
        @JsonProperty("custom_attributes") Map<String, Object> customAttributes,
        @JsonProperty("first_contact_reply") @JsonInclude(JsonInclude.Include.ALWAYS) FirstContactReply firstContactReply,
        @JsonProperty("sla_applied") @JsonInclude(JsonInclude.Include.ALWAYS) SlaApplied slaApplied,
        @JsonProperty("statistics") @JsonInclude(JsonInclude.Include.ALWAYS) ConversationStatistics statistics,
        @JsonProperty("linked_objects") LinkedObjectList linkedObjects,
        @JsonProperty("ai_agent_participated") Boolean aiAgentParticipated,
        @JsonProperty("ai_agent") @JsonInclude(JsonInclude.Include.ALWAYS) AiAgent aiAgent,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the custom attributes and unknown fields immutable. */
    public ConversationListItem {
        customAttributes = Models.map(customAttributes);
        extra = Extras.of(extra);
    }
}
