package dev.switchboard.core.paging;

import dev.switchboard.core.spi.ApiRequest;
import java.util.Optional;

/** Opaque cursors read at a pointer and sent as a query parameter or inside the JSON body. */
record CursorStyle(String itemsPointer, String nextPointer, CursorPlacement placement) implements PageRule {

    @Override
    public ApiRequest apply(ApiRequest first, String cursor) {
        return placement.apply(first, cursor);
    }

    @Override
    public Optional<String> next(ApiRequest request, PageFacts page) {
        Object n = Meta.at(page.meta(), nextPointer);
        if (!(n instanceof String || n instanceof Number || n instanceof Boolean) || n.toString().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(n.toString());
    }
}
