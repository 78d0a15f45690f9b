package dev.switchboard.core.paging;

import dev.switchboard.core.spi.ApiRequest;
import java.util.Optional;

/**
 * The mechanics behind a {@link PageStyle}: where the records are, how a cursor goes on the next request, and how
 * the next cursor is read from a page. Only the paginator calls these; users build styles with named steps.
 */
sealed interface PageRule
        permits CursorStyle, CursorPagesStyle, PageNumberStyle, OffsetStyle, SkipLimitStyle, ODataStyle, NextLinkStyle,
        HasMoreStyle {

    /** @return the JSON pointer of the records array; empty when the body itself is the array */
    String itemsPointer();

    /**
     * @param first the first request
     * @param cursor a cursor this rule produced
     * @return the request for the page at {@code cursor}
     */
    ApiRequest apply(ApiRequest first, String cursor);

    /**
     * @param request the request that fetched the page
     * @param page what the page said besides its records
     * @return the next page's cursor, or empty when this was the last page
     * @throws dev.switchboard.core.PaginationException when the page says more follow but not where
     */
    Optional<String> next(ApiRequest request, PageFacts page);

    /**
     * @return a JSON pointer inside a record whose value, read from a page's last record, the rule needs as
     *     {@link PageFacts#lastItemCursor()}; {@code null} when the rule reads nothing from the records
     */
    default String lastItemPointer() {
        return null;
    }

    /**
     * @return whether cursors are links: resolved against the page that carried them, and refused when they lead
     *     to another origin than the configured base URL
     */
    default boolean followsLinks() {
        return false;
    }

    /** @return whether a page identical to the one before it means the server ignores the paging parameter */
    default boolean refusesRepeatedPages() {
        return false;
    }
}
