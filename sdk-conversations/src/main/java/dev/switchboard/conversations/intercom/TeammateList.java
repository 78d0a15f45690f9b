package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.List;
import java.util.Map;

/**
 * The teammates who wrote at least one part of a conversation ({@code admin.list}).
 *
 * @param type {@code admin.list}
 * @param teammates references to the admins
 * @param extra fields this SDK does not know
 */
public record TeammateList(
        @JsonProperty("type") String type,
        @JsonProperty("teammates") List<Reference> teammates,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the list and unknown fields immutable. */
    public TeammateList {
        teammates = Models.list(teammates);
        extra = Extras.of(extra);
    }
}
