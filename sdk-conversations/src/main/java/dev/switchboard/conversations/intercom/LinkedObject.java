package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.core.json.Patch;
import java.util.Map;

/**
 * A conversation or ticket linked to this one ({@code linked_object}).
 *
 * @param type {@code ticket} or {@code conversation} (kept as sent)
 * @param id its id
 * @param category the linked ticket's category; Intercom sends it as a value, as {@code null} (conversations) or not
 *     at all, and the {@link Patch} keeps which
 * @param extra fields this SDK does not know
 */
public record LinkedObject(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("category") Patch<String> category,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public LinkedObject {
        category = category == null ? Patch.absent() : category;
        extra = Extras.of(extra);
    }

    /** @return the linked ticket's category (Customer, Back-office, Tracker), when it has one */
    public java.util.Optional<String> categoryValue() {
        return category.value();
    }
}
