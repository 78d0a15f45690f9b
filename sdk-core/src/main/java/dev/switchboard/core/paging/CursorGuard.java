package dev.switchboard.core.paging;

import dev.switchboard.core.PaginationException;
import dev.switchboard.core.spi.UrlRedaction;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Remembers the most recent cursors of one iteration and fails when the server hands one out again, which would
 * loop forever. Bounded, so memory stays flat however long the listing.
 */
final class CursorGuard {
    static final int REMEMBERED = 256;
    static final int MAX_EMPTY_PAGES_IN_A_ROW = 50;

    private final LinkedHashSet<String> seen = new LinkedHashSet<>();
    private int emptyInARow;
    private List<?> previousPage;

    void check(String cursor, int pageNumber, int itemCount) {
        emptyInARow = itemCount == 0 ? emptyInARow + 1 : 0;
        if (emptyInARow >= MAX_EMPTY_PAGES_IN_A_ROW) {
            throw new PaginationException("the server returned " + emptyInARow + " empty pages in a row that each point to a"
                    + " next page; stopping at page " + pageNumber);
        }
        if (!seen.add(cursor)) {
            throw new PaginationException("the server repeated the cursor '" + UrlRedaction.redact(cursor) + "' after page "
                    + pageNumber + "; stopping to avoid an endless loop");
        }
        if (seen.size() > REMEMBERED) {
            Iterator<String> it = seen.iterator();
            it.next();
            it.remove();
        }
    }

    /**
     * Fails when a non-empty page holds exactly the records of the page before it: a skip/limit server that ignores
     * {@code skip} would otherwise hand out its first page forever (without a total) or repeat it up to the total.
     * Only the previous page is kept, so memory stays at one page.
     */
    void checkNotRepeated(List<?> items, int pageNumber) {
        if (!items.isEmpty() && items.equals(previousPage)) {
            throw new PaginationException("page " + pageNumber + " holds the same " + items.size() + " records as page "
                    + (pageNumber - 1) + "; the server seems to ignore the skip parameter, stopping to avoid an endless loop");
        }
        previousPage = items;
    }
}
