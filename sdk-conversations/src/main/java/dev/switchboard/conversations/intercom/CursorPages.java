package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * The {@code pages} object of a list ({@code cursor_pages}). The paginators read it for you; it is here for code that
 * decodes list envelopes itself.
 *
 * @param type {@code pages}
 * @param page the current page number
 * @param next the cursor of the next page; absent on the last page
 * @param perPage records per page
 * @param totalPages how many pages there are
 * @param extra fields this SDK does not know
 */
public record CursorPages(
        @JsonProperty("type") String type,
        @JsonProperty("page") Integer page,
        @JsonProperty("next") StartingAfterPaging next,
        @JsonProperty("per_page") Integer perPage,
        @JsonProperty("total_pages") Integer totalPages,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public CursorPages {
        extra = Extras.of(extra);
    }

    /**
     * The cursor of the next page ({@code starting_after_paging}).
     *
     * @param perPage records per page
     * @param startingAfter the cursor to send as {@code starting_after}, or {@code null}
     * @param extra fields this SDK does not know
     */
    public record StartingAfterPaging(
            @JsonProperty("per_page") Integer perPage,
            @JsonProperty("starting_after") String startingAfter,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public StartingAfterPaging {
            extra = Extras.of(extra);
        }
    }
}
