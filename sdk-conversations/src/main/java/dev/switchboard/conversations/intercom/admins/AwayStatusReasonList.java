package dev.switchboard.conversations.intercom.admins;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /away_status_reasons} ({@code away_status_reason_list}, unpaginated).
 *
 * @param type {@code list}
 * @param data the reasons, soft-deleted ones included
 * @param extra fields this SDK does not know
 */
public record AwayStatusReasonList(
        @JsonProperty("type") String type,
        @JsonProperty("data") List<AwayStatusReason> data,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the list and unknown fields immutable; a missing list stays missing. */
    public AwayStatusReasonList {
        data = data == null ? null : Collections.unmodifiableList(new ArrayList<>(data));
        extra = Extras.of(extra);
    }
}
