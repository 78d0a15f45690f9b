package dev.switchboard.core.paging;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing.
 *
 * @param items the records on this page, in server order
 * @param nextCursor the cursor of the following page, empty on the last page; a plain string that can be stored and
 *     handed to {@link Paginator#resumeFrom(String)} later
 * @param meta the page's other top-level fields (totals, page numbers, links), exactly as sent (a
 *     {@link dev.switchboard.core.json.JsonObject} when read from a response)
 * @param number which page of this iteration it is, starting at 1
 * @param <T> the record type
 */
public record Page<T>(List<T> items, Optional<String> nextCursor, Map<String, Object> meta, int number) {

    /** Copies the components. */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
        meta = meta == null ? Map.of() : meta instanceof dev.switchboard.core.json.JsonObject ? meta
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
    }

    /** @return whether another page follows */
    public boolean hasNext() {
        return nextCursor.isPresent();
    }

    /**
     * @param field a top-level field name, for example {@code totalCount} or {@code total}
     * @return its value as a long, when present and numeric
     * @throws dev.switchboard.core.DecodeException if it is a number no decimal can hold
     */
    public Optional<Long> metaLong(String field) {
        Object v = meta.get(field);
        return v instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
    }
}
