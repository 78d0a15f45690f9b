package dev.switchboard.core.paging;

import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.http.ApiRequest;
import java.util.List;
import java.util.Optional;

/**
 * How an API pages: where the records are, how the next cursor is read from a page, and how a cursor is put on
 * the next request. One of five styles:
 *
 * <ul>
 *   <li>{@link #cursorQuery} / {@link #cursorBody}: an opaque cursor (Intercom {@code pages.next.starting_after}),
 *       sent as a query parameter or inside the JSON body (search), even when the first body had no pagination
 *       object; {@link #cursorPages} reads Intercom's {@code cursor_pages} object strictly;</li>
 *   <li>{@link #pageNumber}: {@code page} / {@code per_page} / {@code total_pages};</li>
 *   <li>{@link #offset}: an offset parameter and a {@code nextOffset} field (absent or null ends);</li>
 *   <li>{@link #skipLimit}: {@code skip} / {@code limit} / {@code total};</li>
 *   <li>{@link #odataNextLink}: an absolute {@code @odata.nextLink} URL followed verbatim (same host only).</li>
 * </ul>
 */
public sealed interface PageStyle
        permits CursorStyle, CursorPagesStyle, PageNumberStyle, OffsetStyle, SkipLimitStyle, ODataStyle {

    /** @return the JSON pointer of the records array, for example {@code /data} */
    String itemsPointer();

    /**
     * @param first the first request
     * @param cursor a cursor this style produced
     * @return the request for the page at {@code cursor}
     */
    ApiRequest apply(ApiRequest first, String cursor);

    /**
     * @param request the request that fetched the page
     * @param meta the page without its records
     * @param itemCount how many records the page had
     * @return the next page's cursor, or empty when this was the last page
     */
    Optional<String> next(ApiRequest request, JsonObject meta, int itemCount);

    /**
     * @param itemsPointer where the records are, for example {@code /data}
     * @param param the query parameter carrying the cursor, for example {@code starting_after}
     * @param nextPointer where the next cursor is in a page, for example {@code /pages/next/starting_after}
     * @return a cursor style that sends the cursor as a query parameter
     */
    static PageStyle cursorQuery(String itemsPointer, String param, String nextPointer) {
        return new CursorStyle(itemsPointer, nextPointer, param, null);
    }

    /**
     * A strict reading of a {@code cursor_pages} object ({@code {type, page, per_page, total_pages, next:
     * {per_page, starting_after}}}): {@code next.starting_after} is sent as {@code param}; a {@code null} or absent
     * {@code next} ends; any other shape, or a page without a next cursor that says more pages follow
     * ({@code page < total_pages}), stops with a {@link dev.switchboard.core.PaginationException} rather than ending
     * the listing quietly.
     *
     * @param itemsPointer where the records are, for example {@code /activity_logs}
     * @param param the query parameter carrying the cursor, for example {@code starting_after}
     * @param pagesPointer where the pages object is, for example {@code /pages}
     * @return the strict cursor-pages style
     */
    static PageStyle cursorPages(String itemsPointer, String param, String pagesPointer) {
        return new CursorPagesStyle(itemsPointer, param, pagesPointer);
    }

    /**
     * @param itemsPointer where the records are
     * @param bodyPath object path in the JSON body, for example {@code List.of("pagination", "starting_after")};
     *     missing objects on the path are created
     * @param nextPointer where the next cursor is in a page
     * @return a cursor style that writes the cursor into the body
     */
    static PageStyle cursorBody(String itemsPointer, List<String> bodyPath, String nextPointer) {
        return new CursorStyle(itemsPointer, nextPointer, null, List.copyOf(bodyPath));
    }

    /**
     * @param itemsPointer where the records are
     * @param pageParam the page-number query parameter, for example {@code page}
     * @param currentPagePointer where the current page number is, for example {@code /pages/page}
     * @param totalPagesPointer where the page count is, for example {@code /pages/total_pages}
     * @return a page-number style; without a page count it ends on an empty page, and a response with neither a
     *     current page nor a page count is the only page
     */
    static PageStyle pageNumber(String itemsPointer, String pageParam, String currentPagePointer, String totalPagesPointer) {
        return new PageNumberStyle(itemsPointer, pageParam, currentPagePointer, totalPagesPointer);
    }

    /**
     * @param itemsPointer where the records are, for example {@code /notificationEvents}
     * @param offsetParam the offset query parameter, for example {@code offset}
     * @param nextOffsetPointer where the next offset is, for example {@code /nextOffset}; absent or null ends
     * @return an offset style that fails if an offset does not advance
     */
    static PageStyle offset(String itemsPointer, String offsetParam, String nextOffsetPointer) {
        return new OffsetStyle(itemsPointer, offsetParam, nextOffsetPointer, null);
    }

    /**
     * {@link #offset(String, String, String)} for an API that also sends a total count: a next offset of {@code 0}
     * while the count says more records remain is a {@link dev.switchboard.core.PaginationException}, not the end.
     *
     * @param itemsPointer where the records are
     * @param offsetParam the offset query parameter
     * @param nextOffsetPointer where the next offset is
     * @param totalPointer where the total count is when sent, for example {@code /totalCount}
     * @return the style
     */
    static PageStyle offset(String itemsPointer, String offsetParam, String nextOffsetPointer, String totalPointer) {
        return new OffsetStyle(itemsPointer, offsetParam, nextOffsetPointer, java.util.Objects.requireNonNull(totalPointer,
                "totalPointer"));
    }

    /**
     * @param itemsPointer where the records are, for example {@code /data}
     * @param skipParam the skip query parameter
     * @param limitParam the limit query parameter (read from the request to detect a short page)
     * @param totalPointer where the total is, for example {@code /total}
     * @return a skip/limit style ending when skip passes the total, or on a short or empty page
     */
    static PageStyle skipLimit(String itemsPointer, String skipParam, String limitParam, String totalPointer) {
        return new SkipLimitStyle(itemsPointer, skipParam, limitParam, totalPointer);
    }

    /**
     * @return the OData style: records in {@code value}, next page at {@code @odata.nextLink} (also accepted:
     *     {@code odata.nextLink}, {@code odata.nextlink}), followed verbatim; a link to another host ends paging with a
     *     {@link dev.switchboard.core.PaginationException}
     */
    static PageStyle odataNextLink() {
        return new ODataStyle("/value");
    }
}
