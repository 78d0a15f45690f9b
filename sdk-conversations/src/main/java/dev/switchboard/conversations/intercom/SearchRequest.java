package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of a search ({@code POST /conversations/search}, {@code POST /tickets/search}): the query and the page
 * size. The cursor is added by the paginator as {@code pagination.starting_after}, whether or not a page size was
 * given. Intercom's searches return at most {@value #MAX_PER_PAGE} records per page, which is checked here, when the
 * request is made, and nowhere else.
 *
 * @param query what to match
 * @param pagination {@code {"per_page": n}} with {@code n} from 1 to {@value #MAX_PER_PAGE}, or {@code null} for
 *     Intercom's default (20)
 */
public record SearchRequest(
        @JsonProperty("query") SearchQuery query,
        @JsonProperty("pagination") @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> pagination) {

    /** The largest page a search returns. */
    public static final int MAX_PER_PAGE = 150;

    /**
     * Checks the components and copies {@code pagination}.
     *
     * @throws IllegalArgumentException if {@code pagination.per_page} is present but not an integer from 1 to
     *     {@value #MAX_PER_PAGE}
     */
    public SearchRequest {
        Objects.requireNonNull(query, "query");
        if (pagination != null) {
            Object perPage = pagination.get("per_page");
            if (perPage != null && (!(perPage instanceof Integer n) || n < 1 || n > MAX_PER_PAGE)) {
                throw new IllegalArgumentException("pagination.per_page must be an integer between 1 and " + MAX_PER_PAGE
                        + ", was " + perPage);
            }
            pagination = Collections.unmodifiableMap(new LinkedHashMap<>(pagination));
        }
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
     * @param perPage records per page, 1 to {@value #MAX_PER_PAGE}
     * @return a search with that page size
     * @throws IllegalArgumentException if {@code perPage} is out of range
     */
    public static SearchRequest of(SearchQuery query, int perPage) {
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("perPage must be between 1 and " + MAX_PER_PAGE + ", was " + perPage);
        }
        return new SearchRequest(query, Map.of("per_page", perPage));
    }
}
