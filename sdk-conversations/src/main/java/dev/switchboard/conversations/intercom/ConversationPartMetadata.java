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
     * @return on the contact's answer: the id of the option clicked, read from {@code quick_reply_uuid} (the spec's
     *     key) or, when that is absent or null, {@code quick_reply_option_uuid} (the 2.14 changelog's key); a UUID or,
     *     as in the changelog's example, digits; {@code null} when neither is set
     * @throws dev.switchboard.core.DecodeException if the value read is neither a string nor an integer
     */
    public String quickReplyUuid() {
        String spec = id("quick_reply_uuid");
        return spec != null ? spec : id("quick_reply_option_uuid");
    }
}
