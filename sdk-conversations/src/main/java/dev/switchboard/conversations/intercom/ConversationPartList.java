package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * The parts of a conversation ({@code conversation_part.list}): at most the 500 most recent, only when a single
 * conversation is retrieved.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ConversationPartList extends JsonModel {

    /** @param json the object as sent */
    public ConversationPartList(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code conversation_part.list}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the parts, oldest first, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<ConversationPart> conversationParts() {
        return list("conversation_parts", ConversationPart::new);
    }

    /**
     * @return how many parts the conversation has, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Integer totalCount() {
        return integer("total_count");
    }
}
