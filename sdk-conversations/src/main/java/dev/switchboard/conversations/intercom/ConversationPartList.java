package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.List;
import java.util.Map;

/**
 * The parts of a conversation ({@code conversation_part.list}): at most the 500 most recent, only when a single
 * conversation is retrieved.
 *
 * @param type {@code conversation_part.list}
 * @param conversationParts the parts, oldest first
 * @param totalCount how many parts the conversation has
 * @param extra fields this SDK does not know
 */
public record ConversationPartList(
        @JsonProperty("type") String type,
        @JsonProperty("conversation_parts") List<ConversationPart> conversationParts,
        @JsonProperty("total_count") Integer totalCount,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the list and unknown fields immutable. */
    public ConversationPartList {
        conversationParts = Models.list(conversationParts);
        extra = Extras.of(extra);
    }
}
