package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * Metadata of a conversation part ({@code conversation_part_metadata}, new in 2.14); often {@code {}}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ConversationPartMetadata extends JsonModel {

    /** @param json the object as sent */
    public ConversationPartMetadata(JsonObject json) {
        super(json);
    }

    /**
     * @return on a {@code quick_reply} part: the options the admin or bot offered, with translations; {@code null} when
     *     absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<QuickReplyOption> quickReplyOptions() {
        return list("quick_reply_options", QuickReplyOption::new);
    }

    /**
     * @return on the contact's answer: the uuid of the option clicked (the 2.14 changelog calls it
     *     {@code quick_reply_option_uuid}; the API sends {@code quick_reply_uuid}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String quickReplyUuid() {
        return string("quick_reply_uuid");
    }
}
