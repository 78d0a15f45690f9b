package dev.switchboard.core.paging;

import dev.switchboard.core.spi.ApiRequest;
import java.util.Optional;

/**
 * {@code @odata.nextLink} (also {@code odata.nextLink}, {@code odata.nextlink}, {@code @odata.nextlink}): a link
 * followed verbatim, so the first request alone carries query parameters; an empty page ends the listing even when
 * it carries a link.
 */
record ODataStyle(String itemsPointer) implements PageRule {
    private static final String[] LINK_FIELDS = {"@odata.nextLink", "odata.nextLink", "odata.nextlink", "@odata.nextlink"};

    @Override
    public boolean followsLinks() {
        return true;
    }

    @Override
    public ApiRequest apply(ApiRequest first, String cursor) {
        return first.withAbsoluteUrl(cursor);
    }

    @Override
    public Optional<String> next(ApiRequest request, PageFacts page) {
        for (String field : LINK_FIELDS) {
            if (page.meta().get(field) instanceof String link && !link.isBlank()) {
                return page.itemCount() == 0 ? Optional.empty() : Optional.of(link);
            }
        }
        return Optional.empty();
    }
}
