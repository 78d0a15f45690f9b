package dev.switchboard.core.paging;

import dev.switchboard.core.PaginationException;
import dev.switchboard.core.spi.ApiRequest;
import java.util.Optional;

/**
 * A boolean flag says whether more records follow ({@code has_more}); the cursor of the next page is a value of the
 * last record (its {@code id}, as Stripe-like APIs do) or a field of the page. {@code false}, {@code null} or an
 * absent flag ends the listing; a flag of another type, or a {@code true} without a usable cursor, stops with a
 * {@link PaginationException} rather than ending quietly or guessing.
 *
 * @param itemsPointer where the records are
 * @param hasMorePointer where the flag is
 * @param cursorPointer where the cursor is in the page, or {@code null} when it comes from the last record
 * @param lastItemPointer where the cursor is in the last record, or {@code null} when it comes from the page
 * @param placement where the cursor goes on the next request
 */
record HasMoreStyle(String itemsPointer, String hasMorePointer, String cursorPointer, String lastItemPointer,
        CursorPlacement placement) implements PageRule {

    @Override
    public ApiRequest apply(ApiRequest first, String cursor) {
        return placement.apply(first, cursor);
    }

    @Override
    public Optional<String> next(ApiRequest request, PageFacts page) {
        Object flag = Meta.at(page.meta(), hasMorePointer);
        if (flag == Meta.MISSING || flag == null || Boolean.FALSE.equals(flag)) {
            return Optional.empty();
        }
        if (!(flag instanceof Boolean)) {
            throw new PaginationException(hasMorePointer + " is " + Meta.kind(flag) + ", not a boolean; stopping rather"
                    + " than guessing whether more pages follow");
        }
        if (cursorPointer != null) {
            Object at = Meta.at(page.meta(), cursorPointer);
            String cursor = Meta.cursorText(at);
            if (cursor == null) {
                throw new PaginationException(hasMorePointer + " is true but the cursor at " + cursorPointer + " is "
                        + (at == Meta.MISSING ? "missing" : Meta.kind(at)) + "; stopping rather than guessing where the"
                        + " next page is");
            }
            return Optional.of(cursor);
        }
        if (page.itemCount() == 0) {
            throw new PaginationException(hasMorePointer + " is true but the page has no records to take the next"
                    + " cursor from; stopping rather than guessing where the next page is");
        }
        if (page.lastItemCursor() == null) {
            throw new PaginationException(hasMorePointer + " is true but the last record has no string or integer at "
                    + lastItemPointer + "; stopping rather than guessing where the next page is");
        }
        return Optional.of(page.lastItemCursor());
    }
}
