package dev.switchboard.core.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.PaginationException;
import dev.switchboard.core.http.ApiRequest;
import java.util.Optional;

/** An offset parameter and a {@code nextOffset} field; absent or null ends, a non-advancing offset is an error. */
record OffsetStyle(String itemsPointer, String offsetParam, String nextOffsetPointer) implements PageStyle {

    @Override
    public ApiRequest apply(ApiRequest first, String cursor) {
        return first.withQueryParam(offsetParam, cursor);
    }

    @Override
    public Optional<String> next(ApiRequest request, JsonNode meta, int itemCount) {
        JsonNode n = meta.at(nextOffsetPointer);
        if (n.isMissingNode() || n.isNull()) {
            return Optional.empty();
        }
        if (!n.canConvertToLong() || !(n.isNumber() || n.isTextual())) {
            throw new PaginationException("the next offset at " + nextOffsetPointer + " is not a number");
        }
        long next = n.asLong();
        long current = request.queryParam(offsetParam).map(OffsetStyle::parse).orElse(0L);
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
