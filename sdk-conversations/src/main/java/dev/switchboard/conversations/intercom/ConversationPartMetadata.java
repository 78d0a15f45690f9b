package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.List;
import java.util.Map;

/**
 * Metadata of a conversation part ({@code conversation_part_metadata}, new in 2.14); often {@code {}}.
 *
 * @param quickReplyOptions on a {@code quick_reply} part: the options the admin or bot offered, with translations
 * @param quickReplyUuid on the contact's answer: the uuid of the option clicked (the 2.14 changelog calls it
 *     {@code quick_reply_option_uuid}; the API sends {@code quick_reply_uuid})
 * @param extra fields this SDK does not know
 */
public record ConversationPartMetadata(
        @JsonProperty("quick_reply_options") List<QuickReplyOption> quickReplyOptions,
        @JsonProperty("quick_reply_uuid") String quickReplyUuid,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the list and unknown fields immutable. */
    public ConversationPartMetadata {
        quickReplyOptions = Models.list(quickReplyOptions);
        extra = Extras.of(extra);
    }
}
