package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * One page of {@code GET /conversations} or {@code POST /conversations/search} ({@code conversation.list}).
 * {@link ConversationsClient#list()} and {@link ConversationsClient#search(SearchQuery)} page through these for
 * you; the envelope is here for code that decodes responses itself.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ConversationList extends JsonModel {

    /** @param json the object as sent */
    public ConversationList(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code conversation.list}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the conversations on this page, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<ConversationListItem> conversations() {
        return list("conversations", ConversationListItem::new);
    }

    /**
     * @return how many match, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Integer totalCount() {
        return integer("total_count");
    }

    /**
     * @return the page and the next cursor, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public CursorPages pages() {
        return object("pages", CursorPages::new);
    }
}
