package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One message or event in a conversation ({@code conversation_part}). {@code part_type} is a free string
 * ({@code comment}, {@code note}, {@code quick_reply}, {@code assignment}, {@code open}, {@code close},
 * {@code custom_action_started}, ...). Fields the API sends as {@code null} are written back as {@code null}.
 *
 * <p>{@code event_details} (workflow and action events) is kept among the {@linkplain #extra() unknown fields},
 * because the API sometimes sends it as {@code null} and sometimes leaves it out; {@link #eventDetails()} reads it.
 *
 * @param type {@code conversation_part}
 * @param id the part's id (numbers are read as strings)
 * @param partType what the part is
 * @param body the body, which may contain HTML, or {@code null}
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param notifiedAt when the contact was notified
 * @param assignedTo who the conversation was assigned to by this part, or {@code null}
 * @param author who wrote it; {@link PartAuthor#fromAiAgent()} and {@link PartAuthor#isAiAnswer()} tell AI-agent
 *     parts apart
 * @param attachments its attachments
 * @param externalId the id in your system, or {@code null}
 * @param redacted whether it was redacted
 * @param emailMessageMetadata for email parts: subject and address headers, or {@code null}
 * @param metadata (2.14) quick-reply options or the chosen option, or {@code null} when not sent
 * @param state the conversation's state when the part was created
 * @param tags the part's tags
 * @param appPackageCode the app that created the part through the API, or {@code null}
 * @param extra fields this SDK does not know, including {@code event_details}
 */
public record ConversationPart(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("part_type") String partType,
        @JsonProperty("body") @JsonInclude(JsonInclude.Include.ALWAYS) String body,
        @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("updated_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant updatedAt,
        @JsonProperty("notified_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant notifiedAt,
        @JsonProperty("assigned_to") @JsonInclude(JsonInclude.Include.ALWAYS) Reference assignedTo,
        @JsonProperty("author") PartAuthor author,
        @JsonProperty("attachments") List<Attachment> attachments,
        @JsonProperty("external_id") @JsonInclude(JsonInclude.Include.ALWAYS) String externalId,
        @JsonProperty("redacted") Boolean redacted,
        @JsonProperty("email_message_metadata") @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, Object> emailMessageMetadata,
        @JsonProperty("metadata") ConversationPartMetadata metadata,
        @JsonProperty("state") ConversationState state,
        @JsonProperty("tags") List<Tag> tags,
        @JsonProperty("app_package_code") @JsonInclude(JsonInclude.Include.ALWAYS) String appPackageCode,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the collections and unknown fields immutable. */
    public ConversationPart {
        attachments = Models.list(attachments);
        emailMessageMetadata = Models.map(emailMessageMetadata);
        tags = Models.list(tags);
        extra = Extras.of(extra);
    }

    /**
     * @return {@code event_details} (for workflow and custom-action parts) as JSON maps and lists, when present and
     *     not {@code null}
     */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> eventDetails() {
        Object v = extra.get("event_details");
        return v instanceof Map<?, ?> m ? Optional.of((Map<String, Object>) m) : Optional.empty();
    }

    /** @return whether the AI agent (Fin) sent this part */
    public boolean fromAiAgent() {
        return author != null && author.sentByAiAgent();
    }

    /** @return the quick-reply options offered in this part; empty when none */
    public List<QuickReplyOption> quickReplyOptions() {
        return metadata == null || metadata.quickReplyOptions() == null ? List.of() : metadata.quickReplyOptions();
    }
}
