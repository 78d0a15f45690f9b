package dev.switchboard.core.paging;

/**
 * How an API pages: where the records are, where the next page's cursor is in a page, and how it goes on the next
 * request. Each style is built with named steps, and {@code build()} names any step left out:
 *
 * <pre>{@code
 * PageStyle calls = PageStyle.pageNumber()
 *         .itemsAt("/data")
 *         .pageParam("page")
 *         .currentPageAt("/pages/page")
 *         .totalPagesAt("/pages/total_pages")
 *         .build();
 * }</pre>
 *
 * <ul>
 *   <li>{@link #cursor()}: an opaque cursor read at a pointer, sent as a query parameter or inside the JSON body
 *       (Intercom lists and searches);</li>
 *   <li>{@link #cursorPages()}: Intercom's {@code cursor_pages} object, read strictly;</li>
 *   <li>{@link #pageNumber()}: a page-number parameter, the current page and the page count;</li>
 *   <li>{@link #offset()}: an offset parameter and a next offset (Suger's {@code nextOffset});</li>
 *   <li>{@link #skipLimit()}: {@code skip} / {@code limit} / {@code total} (AlooChat);</li>
 *   <li>{@link #odataNextLink()}: OData's {@code @odata.nextLink} (Moveworks);</li>
 *   <li>{@link #nextLink()}: any API that hands out the next page's URL, in the body or a {@code Link} header;</li>
 *   <li>{@link #hasMore()}: any API with a {@code has_more} flag and a cursor from the last record or the page.</li>
 * </ul>
 *
 * <p>JSON pointers name object keys from the page's root ({@code /pages/next/starting_after}). A style is
 * immutable and can be shared by every paginator of an endpoint; what all styles have in common (re-iteration,
 * repeated cursors, links to other hosts) is described once, in the {@linkplain dev.switchboard.core.paging package}.
 */
public final class PageStyle {
    private final PageRule rule;

    PageStyle(PageRule rule) {
        this.rule = rule;
    }

    PageRule rule() {
        return rule;
    }

    /**
     * An opaque cursor: {@code itemsAt}, {@code nextCursorAt}, and either {@code cursorParam} (a query parameter)
     * or {@code cursorInBody} (a field of the JSON body, created when the first body lacks it). An absent, null or
     * empty cursor ends the listing.
     *
     * <pre>{@code
     * PageStyle.cursor().itemsAt("/conversations").cursorParam("starting_after")
     *         .nextCursorAt("/pages/next/starting_after").build();
     * }</pre>
     *
     * @return the steps of a cursor style
     */
    public static CursorStyleBuilder cursor() {
        return new CursorStyleBuilder();
    }

    /**
     * Intercom's {@code cursor_pages} object ({@code {type, page, per_page, total_pages, next: {per_page,
     * starting_after}}}) read strictly: {@code next.starting_after} is the cursor; a {@code null} or absent
     * {@code next} ends; any other shape, or a page without a next cursor that says more pages follow
     * ({@code page < total_pages}), stops with a {@link dev.switchboard.core.PaginationException} rather than ending
     * the listing quietly.
     *
     * <pre>{@code
     * PageStyle.cursorPages().itemsAt("/activity_logs").pagesAt("/pages").cursorParam("starting_after").build();
     * }</pre>
     *
     * @return the steps of the strict cursor-pages style
     */
    public static CursorPagesStyleBuilder cursorPages() {
        return new CursorPagesStyleBuilder();
    }

    /**
     * Page numbers: the next page is the current page plus one while it is below the page count; without a page
     * count an empty page ends, and a response with neither a current page nor a page count is the only page (an
     * endpoint that ignores the parameter would otherwise answer page 1 forever).
     *
     * @return the steps of a page-number style
     */
    public static PageNumberStyleBuilder pageNumber() {
        return new PageNumberStyleBuilder();
    }

    /**
     * An offset parameter and a next offset in the page. An absent, null or {@code 0} next offset ends (offset 0
     * is the first page, never a next one); a next offset that does not advance is a
     * {@link dev.switchboard.core.PaginationException}, and so is a {@code 0} while the total count (when
     * {@code totalCountAt} is given) says more records remain.
     *
     * <pre>{@code
     * PageStyle.offset().itemsAt("/notificationEvents").offsetParam("offset").nextOffsetAt("/nextOffset")
     *         .totalCountAt("/totalCount").build();
     * }</pre>
     *
     * @return the steps of an offset style
     */
    public static OffsetStyleBuilder offset() {
        return new OffsetStyleBuilder();
    }

    /**
     * Skip, limit and total: the next skip is this skip plus the records received. With a numeric total the
     * listing ends when the next skip reaches it, so a server that clamps the limit is still read to the end;
     * without one a page shorter than the request's limit ends it. A page identical to the one before it (a server
     * that ignores {@code skip}) is a {@link dev.switchboard.core.PaginationException}.
     *
     * @return the steps of a skip/limit style
     */
    public static SkipLimitStyleBuilder skipLimit() {
        return new SkipLimitStyleBuilder();
    }

    /**
     * OData: records in {@code value}, next page at {@code @odata.nextLink} (also accepted: {@code odata.nextLink},
     * {@code odata.nextlink}), followed verbatim; an empty page ends the listing.
     *
     * @return the OData style
     */
    public static PageStyle odataNextLink() {
        return new PageStyle(new ODataStyle("/value"));
    }

    /**
     * The next page's URL as the server hands it out: in the page at {@code linkAt(pointer)}, or in the
     * {@code rel="next"} entry of the {@code Link} header with {@code linkHeader()}. The link is followed verbatim
     * (only the first request carries its query parameters); a relative link is resolved against the page that
     * carried it. No link ends the listing.
     *
     * <pre>{@code
     * PageStyle.nextLink().itemsAt("").linkHeader().build();   // a JSON array body and a Link header
     * }</pre>
     *
     * @return the steps of a next-link style
     */
    public static NextLinkStyleBuilder nextLink() {
        return new NextLinkStyleBuilder();
    }

    /**
     * A boolean flag that says more records follow, and a cursor taken from the last record
     * ({@code cursorFromLastItem("/id")}) or read from the page ({@code cursorAt(pointer)}), sent as
     * {@code cursorParam} or {@code cursorInBody}. A false, null or absent flag ends the listing.
     *
     * <pre>{@code
     * PageStyle.hasMore().itemsAt("/data").hasMoreAt("/has_more").cursorFromLastItem("/id")
     *         .cursorParam("starting_after").build();
     * }</pre>
     *
     * @return the steps of a has-more style
     */
    public static HasMoreStyleBuilder hasMore() {
        return new HasMoreStyleBuilder();
    }

    /** @return the style and its settings, for logs */
    @Override
    public String toString() {
        return rule.toString();
    }
}
