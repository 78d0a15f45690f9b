package dev.switchboard.core.paging;

import dev.switchboard.core.PaginationException;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.ApiRequest;
import java.util.Optional;

/**
 * A {@code cursor_pages} object read strictly: {@code next.starting_after} (the cursor, sent as a query parameter)
 * continues, a {@code null} or absent {@code next} ends, and anything else stops with a {@link PaginationException}
 * instead of ending quietly: a {@code next} of another shape (a URL string, an object without a cursor), a
 * {@code pages} that is not an object, or a last page that says it is page {@code n} of more than {@code n}.
 */
record CursorPagesStyle(String itemsPointer, String cursorParam, String pagesPointer) implements PageRule {

    @Override
    public ApiRequest apply(ApiRequest first, String cursor) {
        return first.withQueryParam(cursorParam, cursor);
    }

    @Override
    public Optional<String> next(ApiRequest request, PageFacts facts) {
        Object pages = Meta.at(facts.meta(), pagesPointer);
        if (pages == Meta.MISSING || pages == null) {
            return Optional.empty();
        }
        if (!(pages instanceof JsonObject p)) {
            throw new PaginationException(pagesPointer + " is " + Meta.kind(pages) + ", not a pages object; stopping rather"
                    + " than guessing where the next page is");
        }
        Object next = p.containsKey("next") ? p.get("next") : null;
        if (next == null) {
            Long page = Meta.number(p.get("page"));
            Long total = Meta.number(p.get("total_pages"));
            if (page != null && total != null && page < total) {
                throw new PaginationException("page " + page + " of " + total + " has no next cursor at " + pagesPointer
                        + "/next; stopping rather than silently dropping the remaining pages");
            }
            return Optional.empty();
        }
        if (!(next instanceof JsonObject n)) {
            throw new PaginationException(pagesPointer + "/next is " + Meta.kind(next) + ", not the documented object with a"
                    + " starting_after cursor; stopping rather than guessing where the next page is");
        }
        Object cursor = n.get("starting_after");
        if (!(cursor instanceof String s) || s.isBlank()) {
            throw new PaginationException(pagesPointer + "/next has no starting_after cursor (it is "
                    + (cursor == null ? "missing" : Meta.kind(cursor)) + "); stopping rather than guessing where the next page"
                    + " is");
        }
        return Optional.of(s);
    }
}
