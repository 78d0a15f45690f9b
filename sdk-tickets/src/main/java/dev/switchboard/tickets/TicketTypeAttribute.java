package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import dev.switchboard.core.json.Patch;
import java.time.Instant;
import java.util.Map;

/**
 * A field captured on tickets of a type.
 *
 * @param type {@code ticket_type_attribute}
 * @param id the attribute's id
 * @param workspaceId the workspace
 * @param name the name ({@code _default_title_} and {@code _default_description_} are built in)
 * @param description the description
 * @param dataType string, list, integer, decimal, boolean, datetime or files (kept as sent)
 * @param inputOptions input options such as {@code multiline}; Intercom sometimes sends {@code null} and sometimes
 *     leaves the field out, and the {@link Patch} keeps which
 * @param order display order
 * @param requiredToCreate whether teammates must fill it in
 * @param requiredToCreateForContacts whether contacts must fill it in
 * @param visibleOnCreate whether it is shown when creating
 * @param visibleToContacts whether contacts see it
 * @param isDefault whether it is a built-in attribute ({@code default})
 * @param ticketTypeId the ticket type (an integer on the wire)
 * @param archived whether it is archived
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param extra fields this SDK does not know
 */
public record TicketTypeAttribute(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("data_type") String dataType,
        @JsonProperty("input_options") Patch<Map<String, Object>> inputOptions,
        @JsonProperty("order") Integer order,
        @JsonProperty("required_to_create") Boolean requiredToCreate,
        @JsonProperty("required_to_create_for_contacts") Boolean requiredToCreateForContacts,
        @JsonProperty("visible_on_create") Boolean visibleOnCreate,
        @JsonProperty("visible_to_contacts") Boolean visibleToContacts,
        @JsonProperty("default") Boolean isDefault,
        @JsonProperty("ticket_type_id") Long ticketTypeId,
        @JsonProperty("archived") Boolean archived,
        @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("updated_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant updatedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public TicketTypeAttribute {
        inputOptions = inputOptions == null ? Patch.absent() : inputOptions;
        extra = Extras.of(extra);
    }

    /** @return the input options, empty when there are none */
    public Map<String, Object> options() {
        return inputOptions.value().orElse(Map.of());
    }
}
