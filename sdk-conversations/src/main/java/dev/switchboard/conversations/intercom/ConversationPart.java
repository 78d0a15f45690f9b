package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One message or event in a conversation ({@code conversation_part}). {@code part_type} is a free string
 * ({@code comment}, {@code note}, {@code quick_reply}, {@code assignment}, {@code open}, {@code close},
 * {@code custom_action_started}, ...). Fields the API sends as {@code null} read as {@code null} and are written back
 * as {@code null}; fields it leaves out stay out.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ConversationPart extends JsonModel {

    /** @param json the object as sent */
    public ConversationPart(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code conversation_part}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the part's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return what the part is, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String partType() {
        return string("part_type");
    }

    /**
     * @return the body, which may contain HTML, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String body() {
        return string("body");
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
     * @return when the contact was notified, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant notifiedAt() {
        return instant("notified_at");
    }

    /**
     * @return who the conversation was assigned to by this part, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Reference assignedTo() {
        return object("assigned_to", Reference::new);
    }

    /**
     * @return who wrote it ({@link PartAuthor#fromAiAgent()} and {@link PartAuthor#isAiAnswer()} tell AI-agent parts
     *     apart), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public PartAuthor author() {
        return object("author", PartAuthor::new);
    }

    /**
     * @return its attachments, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Attachment> attachments() {
        return list("attachments", Attachment::new);
    }

    /**
     * @return the id in your system, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String externalId() {
        return string("external_id");
    }

    /**
     * @return whether it was redacted, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean redacted() {
        return bool("redacted");
    }

    /**
     * @return for email parts: subject and address headers as raw JSON (a {@link JsonObject}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Map<String, Object> emailMessageMetadata() {
        return rawObject("email_message_metadata");
    }

    /**
     * @return (2.14) quick-reply options or the chosen option, or {@code null} when not sent
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public ConversationPartMetadata metadata() {
        return object("metadata", ConversationPartMetadata::new);
    }

    /**
     * @return the conversation's state when the part was created (open: unknown values are kept), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public ConversationState state() {
        return openEnum("state", ConversationState::of);
    }

    /**
     * @return the part's tags, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Tag> tags() {
        return list("tags", Tag::new);
    }

    /**
     * @return the app that created the part through the API, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String appPackageCode() {
        return string("app_package_code");
    }

    /**
     * @return {@code event_details} (for workflow and custom-action parts) as raw JSON (a {@link JsonObject}), when
     *     present and not {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Optional<Map<String, Object>> eventDetails() {
        return Optional.ofNullable(rawObject("event_details"));
    }

    /**
     * @return whether the AI agent (Fin) sent this part; {@code false} without an author
     * @throws dev.switchboard.core.DecodeException if {@code author} or its {@code from_ai_agent} is mistyped
     */
    public boolean fromAiAgent() {
        PartAuthor author = author();
        return author != null && author.sentByAiAgent();
    }

    /**
     * @return the quick-reply options offered in this part; empty when none
     * @throws dev.switchboard.core.DecodeException if {@code metadata} or its options have an unexpected type
     */
    public List<QuickReplyOption> quickReplyOptions() {
        ConversationPartMetadata metadata = metadata();
        List<QuickReplyOption> options = metadata == null ? null : metadata.quickReplyOptions();
        return options == null ? List.of() : options;
    }
}
