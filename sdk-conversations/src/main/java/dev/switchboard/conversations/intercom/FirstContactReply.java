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
 * The first message of the contact in a conversation ({@code conversation_first_contact_reply}).
 *
 * @param createdAt when the contact first replied
 * @param type the channel, for example {@code conversation}
 * @param url the page the contact was on, or {@code null} (the API sends the {@code null})
 * @param extra fields this SDK does not know
 */
public record FirstContactReply(
        @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("type") String type,
        @JsonProperty("url") @JsonInclude(JsonInclude.Include.ALWAYS) String url,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public FirstContactReply {
        extra = Extras.of(extra);
    }
}
