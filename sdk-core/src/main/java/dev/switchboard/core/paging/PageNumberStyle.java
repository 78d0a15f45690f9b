package dev.switchboard.core.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.http.ApiRequest;
import java.util.Optional;

/** {@code page} / {@code per_page} / {@code total_pages}. */
record PageNumberStyle(String itemsPointer, String pageParam, String currentPagePointer, String totalPagesPointer)
        implements PageStyle {

    @Override
    public ApiRequest apply(ApiRequest first, String cursor) {
        return first.withQueryParam(pageParam, cursor);
    }

    @Override
    public Optional<String> next(ApiRequest request, JsonNode meta, int itemCount) {
        JsonNode currentNode = meta.at(currentPagePointer);
        if (currentNode.isMissingNode() && meta.at(totalPagesPointer).isMissingNode()) {
            // No page information at all: the whole listing came in one response. Asking for page 2 of an endpoint
            // that ignores the parameter would return the same records again, forever.
            return Optional.empty();
        }
        long current = number(meta.at(currentPagePointer),
                request.queryParam(pageParam).map(PageNumberStyle::parse).orElse(1L));
        JsonNode total = meta.at(totalPagesPointer);
        if (total.canConvertToLong() && total.isNumber()) {
            return current < total.asLong() ? Optional.of(Long.toString(current + 1)) : Optional.empty();
        }
        return itemCount > 0 ? Optional.of(Long.toString(current + 1)) : Optional.empty();
    }

    private static long number(JsonNode n, long fallback) {
        return n.isNumber() && n.canConvertToLong() ? n.asLong() : fallback;
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 1L;
        }
    }
}
