package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.List;
import java.util.Map;

/**
 * Intercom's generic list wrapper, {@code {"type": "list", "data": [...]}}, as nested inside tickets, ticket types and
 * states.
 *
 * @param type {@code list}
 * @param data the items
 * @param extra fields this SDK does not know (for example {@code total_count})
 * @param <T> the item type
 */
public record ObjectList<T>(
        @JsonProperty("type") String type,
        @JsonProperty("data") List<T> data,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public ObjectList {
        extra = Extras.of(extra);
    }

    /** @return the items, empty when the list had none */
    public List<T> items() {
        return data == null ? List.of() : data;
    }
}
