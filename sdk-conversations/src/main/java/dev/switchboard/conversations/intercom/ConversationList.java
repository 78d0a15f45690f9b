package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code GET /conversations} or {@code POST /conversations/search} ({@code conversation.list}).
 * {@link IntercomConversations#list()} and {@link IntercomConversations#search(SearchQuery)} page through these for
 * you; the envelope is here for code that decodes responses itself.
 *
 * @param type {@code conversation.list}
 * @param conversations the conversations on this page
 * @param totalCount how many match
 * @param pages the page and the next cursor
 * @param extra fields this SDK does not know
 */
public record ConversationList(
        @JsonProperty("type") String type,
        @JsonProperty("conversations") List<ConversationListItem> conversations,
        @JsonProperty("total_count") Integer totalCount,
        @JsonProperty("pages") CursorPages pages,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the list and unknown fields immutable. */
    public ConversationList {
        conversations = Models.list(conversations);
        extra = Extras.of(extra);
    }
}
