package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;

/**
 * The body of a search: the query and the page size. The cursor is added by the paginator as
 * {@code pagination.starting_after}, whether or not a page size was given.
 *
 * @param query what to match
 * @param pagination {@code {"per_page": n}}, or {@code null} for Intercom's default (20)
 */
public record SearchRequest(
        @JsonProperty("query") SearchQuery query,
        @JsonProperty("pagination") @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> pagination) {

    /** Checks the components. */
    public SearchRequest {
        Objects.requireNonNull(query, "query");
    }

    /**
     * @param query what to match
     * @return a search with Intercom's default page size
     */
    public static SearchRequest of(SearchQuery query) {
        return new SearchRequest(query, null);
    }

    /**
     * @param query what to match
     * @param perPage records per page, 1 to {@code max}
     * @param max the endpoint's maximum page size (150 for conversations)
     * @return a search with that page size
     * @throws IllegalArgumentException if {@code perPage} is out of range
     */
    public static SearchRequest of(SearchQuery query, int perPage, int max) {
        if (perPage < 1 || perPage > max) {
            throw new IllegalArgumentException("perPage must be between 1 and " + max + ", was " + perPage);
        }
        return new SearchRequest(query, Map.of("per_page", perPage));
    }
}
