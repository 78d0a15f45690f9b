package dev.switchboard.conversations.moveworks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One of a {@link User}'s ids in a connected system.
 *
 * @param connectorName the connector, in lower case ({@code slack}, {@code snow}, {@code ms_graph}, ...)
 * @param externalId the user's id there (an e-mail address, a sys_id, {@code U08NLE975K7:T9Y2010KZ}, ...)
 * @param source the system ({@code SLACK}, {@code SNOW}, {@code MS_GRAPH}, ...)
 * @param extra fields this SDK version does not model, and known fields sent as JSON {@code null}
 */
public record ExternalId(
        @JsonProperty("connector_name") String connectorName,
        @JsonProperty("external_id") String externalId,
        @JsonProperty("source") ExternalIdSource source,
        @JsonAnyGetter Map<String, Object> extra) {

    /**
     * Freezes {@code extra}.
     *
     * @throws IllegalArgumentException if {@code extra} holds a typed field (except as {@code null} while that field
     *     is {@code null})
     */
    public ExternalId {
        extra = JsonFields.checkedExtra(ExternalId.class, extra, "connector_name", connectorName, "external_id", externalId,
                "source", source);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ExternalId fromJson(JsonNode json) throws JsonMappingException {
        JsonFields f = JsonFields.of(ExternalId.class, json);
        return new ExternalId(f.text("connector_name"), f.text("external_id"), f.openEnum("source", ExternalIdSource::of),
                f.extra());
    }
}
