package dev.switchboard.core.paging;

import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.http.ApiRequest;
import java.util.Optional;

/** {@code @odata.nextLink}: an absolute URL followed verbatim; the first request alone carries query parameters. */
record ODataStyle(String itemsPointer) implements PageStyle {
    private static final String[] LINK_FIELDS = {"@odata.nextLink", "odata.nextLink", "odata.nextlink", "@odata.nextlink"};

    @Override
    public ApiRequest apply(ApiRequest first, String cursor) {
        return first.withAbsoluteUrl(cursor);
    }

    @Override
    public Optional<String> next(ApiRequest request, JsonObject meta, int itemCount) {
        for (String field : LINK_FIELDS) {
            if (meta.get(field) instanceof String link && !link.isBlank()) {
                return itemCount == 0 ? Optional.empty() : Optional.of(link);
            }
        }
        return Optional.empty();
    }
}
