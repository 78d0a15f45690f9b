package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.List;
import java.util.Map;

/**
 * The message that started a conversation ({@code conversation_source}).
 *
 * @param type the channel: {@code conversation}, {@code email}, {@code facebook}, {@code instagram},
 *     {@code phone_call}, {@code phone_switch}, {@code push}, {@code sms}, {@code twitter}, {@code whatsapp}, ... (kept
 *     as sent)
 * @param id the id of the message
 * @param deliveredAs how it was initiated, for example {@code customer_initiated} or {@code admin_initiated}
 * @param subject the subject, often {@code ""}
 * @param body the body, which may contain HTML
 * @param author who wrote it
 * @param attachments its attachments
 * @param url where the conversation was started, or {@code null} (the API sends the {@code null})
 * @param redacted whether the message was redacted
 * @param extra fields this SDK does not know
 */
public record ConversationSource(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("delivered_as") String deliveredAs,
        @JsonProperty("subject") String subject,
        @JsonProperty("body") String body,
        @JsonProperty("author") PartAuthor author,
        @JsonProperty("attachments") List<Attachment> attachments,
        @JsonProperty("url") @JsonInclude(JsonInclude.Include.ALWAYS) String url,
        @JsonProperty("redacted") Boolean redacted,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the lists and unknown fields immutable. */
    public ConversationSource {
        attachments = Models.list(attachments);
        extra = Extras.of(extra);
    }
}
