package dev.switchboard.core.paging;

import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.ApiRequest;
import java.util.Optional;

/** {@code page} / {@code per_page} / {@code total_pages}. */
record PageNumberStyle(String itemsPointer, String pageParam, String currentPagePointer, String totalPagesPointer)
        implements PageRule {

    @Override
    public ApiRequest apply(ApiRequest first, String cursor) {
        return first.withQueryParam(pageParam, cursor);
    }

    @Override
    public Optional<String> next(ApiRequest request, PageFacts page) {
        JsonObject meta = page.meta();
        int itemCount = page.itemCount();
        Object currentNode = Meta.at(meta, currentPagePointer);
        Object total = Meta.at(meta, totalPagesPointer);
        if (currentNode == Meta.MISSING && total == Meta.MISSING) {
            // No page information at all: the whole listing came in one response. Asking for page 2 of an endpoint
            // that ignores the parameter would return the same records again, forever.
            return Optional.empty();
        }
        long current = number(currentNode, request.queryParam(pageParam).map(PageNumberStyle::parse).orElse(1L));
        Long totalPages = total instanceof Number ? Meta.number(total) : null;
        if (totalPages != null) {
            return current < totalPages ? Optional.of(Long.toString(current + 1)) : Optional.empty();
        }
        return itemCount > 0 ? Optional.of(Long.toString(current + 1)) : Optional.empty();
    }

    private static long number(Object n, long fallback) {
        Long v = n instanceof Number ? Meta.number(n) : null;
        return v != null ? v : fallback;
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 1L;
        }
    }
}
