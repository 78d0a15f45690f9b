package dev.switchboard.core.paging;

import dev.switchboard.core.PaginationException;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.ApiRequest;
import java.util.Optional;

/**
 * An offset parameter and a {@code nextOffset} field; absent, null or {@code 0} ends (Suger's documented example
 * sends a literal {@code 0}, and offset 0 is the first page, never a next one), any other non-advancing offset is an
 * error. A {@code 0} on a page whose total count (when the API sends one, {@code totalPointer}) says more records
 * remain is an error too: ending there would silently drop the rest.
 */
record OffsetStyle(String itemsPointer, String offsetParam, String nextOffsetPointer, String totalPointer) implements PageRule {

    @Override
    public ApiRequest apply(ApiRequest first, String cursor) {
        return first.withQueryParam(offsetParam, cursor);
    }

    @Override
    public Optional<String> next(ApiRequest request, PageFacts page) {
        JsonObject meta = page.meta();
        int itemCount = page.itemCount();
        Object n = Meta.at(meta, nextOffsetPointer);
        if (n == Meta.MISSING || n == null) {
            return Optional.empty();
        }
        Long parsed = Meta.number(n);
        if (parsed == null) {
            throw new PaginationException("the next offset at " + nextOffsetPointer + " is not a number");
        }
        long next = parsed;
        long current = request.queryParam(offsetParam).map(OffsetStyle::parse).orElse(0L);
        if (next == 0) {
            Object total = totalPointer == null ? Meta.MISSING : Meta.at(meta, totalPointer);
            Long count = total == Meta.MISSING || total == null ? null : Meta.number(total);
            if (count != null && current + itemCount < count) {
                throw new PaginationException("the server's next offset 0 would end the listing after " + (current + itemCount)
                        + " records, but its total count at " + totalPointer + " is " + count + "; stopping rather than dropping the rest");
            }
            return Optional.empty();
        }
        if (next <= current) {
            if (itemCount == 0) {
                return Optional.empty();
            }
            throw new PaginationException("the server's next offset " + next + " does not advance past offset " + current
                    + "; stopping to avoid an endless loop");
        }
        return Optional.of(Long.toString(next));
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0L;
        }
    }
}
