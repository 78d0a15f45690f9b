package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.List;
import java.util.Map;

/**
 * Linked conversations and tickets ({@code linked_object_list}); up to 1000.
 *
 * @param type {@code list}
 * @param totalCount how many are linked
 * @param hasMore whether more are linked than listed
 * @param data the linked objects
 * @param extra fields this SDK does not know
 */
public record LinkedObjectList(
        @JsonProperty("type") String type,
        @JsonProperty("total_count") Integer totalCount,
        @JsonProperty("has_more") Boolean hasMore,
        @JsonProperty("data") List<LinkedObject> data,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the list and unknown fields immutable. */
    public LinkedObjectList {
        data = Models.list(data);
        extra = Extras.of(extra);
    }
}
