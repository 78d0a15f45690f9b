/**
 * One way to page through every listing: a {@link dev.switchboard.core.paging.Paginator} over a
 * {@link dev.switchboard.core.paging.PageStyle}. What follows holds for every paginator and every style, and is not
 * repeated on each class.
 *
 * <h2>Laziness and memory</h2>
 * Creating a paginator sends nothing; pages are fetched as the records are consumed, one at a time, and only as far
 * as the caller reads. A page is parsed from the response stream record by record and dropped once its records are
 * handed out, so memory stays flat however many records pass.
 *
 * <h2>Re-iteration and resuming</h2>
 * Every {@code iterator()}, {@code stream()}, {@code pages()} iteration and {@code forEachAsync} starts over from
 * the first page (or from the cursor given to {@code resumeFrom}) and sees the data again. A page's
 * {@link dev.switchboard.core.paging.Page#nextCursor()} is a plain string (for link styles an absolute URL) that
 * can be stored and passed to {@code resumeFrom} later, even in another process.
 *
 * <h2>Thread safety</h2>
 * {@code Paginator}, {@code PageStyle} and {@code Page} are immutable and may be shared between threads; each
 * iteration keeps its own state, so concurrent iterations do not interfere. An {@code Iterator} from a paginator is
 * for one thread. The style builders ({@code PageStyle.pageNumber()} and the others) are not thread-safe: build the
 * style once and share it.
 *
 * <h2>Errors</h2>
 * <ul>
 *   <li>A failed page fetch throws the transport's typed exception ({@code ApiException} subclasses,
 *       {@code TransportException}), never wrapped; a malformed page (records that are not an array, a null
 *       record) is a {@code DecodeException}. Asynchronous methods complete exceptionally with the same, unwrapped.</li>
 *   <li>A server that would make the listing loop or silently end early stops it with a
 *       {@link dev.switchboard.core.PaginationException}: a cursor, page or link handed out again within one
 *       iteration, a next offset that does not advance, a skip/limit page identical to the one before it, fifty
 *       empty pages in a row that each point to a next page, or paging information of an unexpected shape (for
 *       example a {@code has_more} that is not a boolean, or {@code true} without a cursor). An empty page that
 *       points to a next page is otherwise skipped over.</li>
 *   <li>Styles that follow links ({@code odataNextLink}, {@code nextLink}) resolve a relative link against the page
 *       that carried it and refuse, with a {@code PaginationException} and before anything is sent, a link that is
 *       no http(s) URL or that leads to another scheme, host or port than the configured base URL, so a next-page
 *       link never carries the client's credentials elsewhere. Messages name no secret: query values that look
 *       secret are masked.</li>
 *   <li>Style builders throw {@code IllegalArgumentException} for a malformed step argument and
 *       {@code IllegalStateException} from {@code build()} naming every required step that was left out.</li>
 * </ul>
 */
package dev.switchboard.core.paging;
