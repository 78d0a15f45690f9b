package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.Map;

/**
 * A message an admin sent ({@code message}), as returned by {@link IntercomMessages#create(CreateMessage)}.
 *
 * @param type for example {@code admin_message} or {@code user_message}
 * @param id the message's id
 * @param createdAt when it was created
 * @param subject the subject of an email, else usually absent
 * @param body the body, which may contain HTML
 * @param messageType {@code email}, {@code inapp} (also read as {@code in_app}), {@code facebook}, {@code twitter}
 * @param conversationId the conversation it belongs to, when the API says
 * @param extra fields this SDK does not know (for example {@code owner})
 */
public record Message(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("subject") String subject,
        @JsonProperty("body") String body,
        @JsonProperty("message_type") MessageType messageType,
        @JsonProperty("conversation_id") String conversationId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public Message {
        extra = Extras.of(extra);
    }
}
