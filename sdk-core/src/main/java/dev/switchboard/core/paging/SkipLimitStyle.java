package dev.switchboard.core.paging;

import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.ApiRequest;
import java.util.Optional;

/**
 * {@code skip} / {@code limit} / {@code total}: next skip is this skip plus the records received. With a numeric
 * total the listing ends only when the next skip reaches it (or on an empty page), so a server that sends fewer
 * records than asked (a clamped limit) is still read to the end; without one a short page ends it. A server that
 * ignores {@code skip} is caught by the paginator, which refuses a page identical to the one before it.
 */
record SkipLimitStyle(String itemsPointer, String skipParam, String limitParam, String totalPointer) implements PageRule {

    @Override
    public boolean refusesRepeatedPages() {
        return true;
    }

    @Override
    public ApiRequest apply(ApiRequest first, String cursor) {
        return first.withQueryParam(skipParam, cursor);
    }

    @Override
    public Optional<String> next(ApiRequest request, PageFacts page) {
        JsonObject meta = page.meta();
        int itemCount = page.itemCount();
        if (itemCount == 0) {
            return Optional.empty();
        }
        long skip = request.queryParam(skipParam).map(SkipLimitStyle::parse).orElse(0L);
        long next = skip + itemCount;
        Object total = Meta.at(meta, totalPointer);
        Long totalCount = total instanceof Number ? Meta.number(total) : null;
        if (totalCount != null) {
            return next >= totalCount ? Optional.empty() : Optional.of(Long.toString(next));
        }
        Optional<Long> limit = request.queryParam(limitParam).map(SkipLimitStyle::parse).filter(l -> l > 0);
        if (limit.isPresent() && itemCount < limit.get()) {
            return Optional.empty();
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
