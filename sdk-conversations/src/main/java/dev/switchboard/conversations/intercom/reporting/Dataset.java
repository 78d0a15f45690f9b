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
 * A dataset that can be exported, with the attributes an export may select.
 *
 * @param id the dataset id to enqueue, for example {@code conversation}
 * @param name its display name
 * @param description what it holds
 * @param defaultTimeAttributeId the attribute the export's time window applies to
 * @param attributes the attributes, whose ids go into {@link ExportRequest#attributeIds()}
 * @param extra fields this SDK does not know
 */
public record Dataset(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("default_time_attribute_id") String defaultTimeAttributeId,
        @JsonProperty("attributes") List<Attribute> attributes,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the list and unknown fields immutable; a missing list stays missing. */
    public Dataset {
        attributes = attributes == null ? null : Collections.unmodifiableList(new ArrayList<>(attributes));
        extra = Extras.of(extra);
    }

    /** @return the attribute ids, in the server's order; empty when the dataset has none */
    public List<String> attributeIds() {
        return attributes == null ? List.of() : attributes.stream().map(Attribute::id).toList();
    }

    /**
     * One attribute (column) of a dataset.
     *
     * @param id the attribute id, for example {@code conversation_id}
     * @param name its display name
     * @param extra fields this SDK does not know
     */
    public record Attribute(
            @JsonProperty("id") String id,
            @JsonProperty("name") String name,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Attribute {
            extra = Extras.of(extra);
        }
    }
}
