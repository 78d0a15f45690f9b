package dev.switchboard.conversations.intercom.reporting;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /export/reporting_data/get_datasets} (unpaginated).
 *
 * @param type {@code list}
 * @param data the datasets
 * @param extra fields this SDK does not know
 */
public record DatasetList(
        @JsonProperty("type") String type,
        @JsonProperty("data") List<Dataset> data,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the list and unknown fields immutable; a missing list stays missing. */
    public DatasetList {
        data = data == null ? null : Collections.unmodifiableList(new ArrayList<>(data));
        extra = Extras.of(extra);
    }

    /** @return the datasets; empty when the answer had none */
    public List<Dataset> datasets() {
        return data == null ? List.of() : data;
    }
}
