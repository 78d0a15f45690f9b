package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.conversations.intercom.Attachment;
import dev.switchboard.conversations.intercom.PartAuthor;
import dev.switchboard.conversations.intercom.Reference;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A message or event in a ticket (also the answer to a reply, {@code ticket_reply}).
 *
 * @param type {@code ticket_part}
 * @param id the part's id
 * @param partType comment, note, quick_reply, ticket_state_updated_by_admin, ... (free string)
 * @param body the body, which may contain HTML, or {@code null}
 * @param previousTicketState the state before this part (state changes only)
 * @param ticketState the state after this part
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param assignedTo who the ticket was assigned to by this part, or {@code null}
 * @param author who wrote it
 * @param attachments attached files
 * @param externalId an external id, or {@code null}
 * @param redacted whether it was redacted
 * @param appPackageCode the app that created it, or {@code null}
 * @param updatedAttributeData (2.14) the attribute change of an attribute-update part
 * @param extra fields this SDK does not know
 */
public record TicketPart(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("part_type") String partType,
        @JsonProperty("body") String body,
        @JsonProperty("previous_ticket_state") TicketStateCategory previousTicketState,
        @JsonProperty("ticket_state") TicketStateCategory ticketState,
        @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("updated_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant updatedAt,
        @JsonProperty("assigned_to") Reference assignedTo,
        @JsonProperty("author") PartAuthor author,
        @JsonProperty("attachments") List<Attachment> attachments,
        @JsonProperty("external_id") String externalId,
        @JsonProperty("redacted") Boolean redacted,
        @JsonProperty("app_package_code") String appPackageCode,
        @JsonProperty("updated_attribute_data") UpdatedAttributeData updatedAttributeData,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public TicketPart {
        extra = Extras.of(extra);
    }

    /** @return the attribute change, for attribute-update parts */
    public Optional<UpdatedAttributeData> attributeChange() {
        return Optional.ofNullable(updatedAttributeData);
    }
}
