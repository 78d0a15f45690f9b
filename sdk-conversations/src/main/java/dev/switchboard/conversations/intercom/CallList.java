package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code GET /calls} ({@code call_list}). {@link IntercomCalls#list()} pages through these for you; the
 * envelope is here for code that decodes responses itself.
 *
 * @param type {@code list}
 * @param data the calls on this page
 * @param totalCount how many calls there are
 * @param pages page numbers
 * @param extra fields this SDK does not know
 */
public record CallList(
        @JsonProperty("type") String type,
        @JsonProperty("data") List<Call> data,
        @JsonProperty("total_count") Integer totalCount,
        @JsonProperty("pages") CursorPages pages,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the list and unknown fields immutable. */
    public CallList {
        data = Models.list(data);
        extra = Extras.of(extra);
    }
}
