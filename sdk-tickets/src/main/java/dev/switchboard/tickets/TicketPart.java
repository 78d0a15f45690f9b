package dev.switchboard.tickets;

import dev.switchboard.conversations.intercom.Attachment;
import dev.switchboard.conversations.intercom.PartAuthor;
import dev.switchboard.conversations.intercom.Reference;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A part of a ticket: a comment, a note, a state change, an assignment, an attribute change, a quick reply or its
 * answer. A typed view over its JSON; {@code body} is {@code null} (and written back as {@code null}) for parts
 * without text.
 */
public final class TicketPart extends JsonModel {

    /** @param json the part as sent */
    public TicketPart(JsonObject json) {
        super(json);
    }

    /** @return {@code ticket_part} */
    public String type() {
        return string("type");
    }

    /** @return the part's id */
    public String id() {
        return id("id");
    }

    /** @return comment, note, ticket_state_updated_by_admin, ticket_attribute_updated_by_admin, quick_reply, ... */
    public String partType() {
        return string("part_type");
    }

    /** @return the HTML body, or {@code null} */
    public String body() {
        return string("body");
    }

    /** @return the state before a state change */
    public TicketStateCategory previousTicketState() {
        return openEnum("previous_ticket_state", TicketStateCategory::of);
    }

    /** @return the state after a state change */
    public TicketStateCategory ticketState() {
        return openEnum("ticket_state", TicketStateCategory::of);
    }

    /** @return when it was created */
    public Instant createdAt() {
        return instant("created_at");
    }

    /** @return when it was last updated */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /** @return who or what the ticket was assigned to, for assignments */
    public Reference assignedTo() {
        return object("assigned_to", Reference::new);
    }

    /** @return who wrote the part */
    public PartAuthor author() {
        return object("author", PartAuthor::new);
    }

    /** @return the attachments */
    public List<Attachment> attachments() {
        return list("attachments", Attachment::new);
    }

    /** @return the part's id in your system, when created with one */
    public String externalId() {
        return string("external_id");
    }

    /** @return whether the content was redacted */
    public Boolean redacted() {
        return bool("redacted");
    }

    /** @return the app that created the part */
    public String appPackageCode() {
        return string("app_package_code");
    }

    /** @return the change, for attribute-change parts */
    public UpdatedAttributeData updatedAttributeData() {
        return object("updated_attribute_data", UpdatedAttributeData::new);
    }

    /** @return the change, for attribute-change parts */
    public Optional<UpdatedAttributeData> attributeChange() {
        return Optional.ofNullable(updatedAttributeData());
    }

    /**
     * The option a contact chose when answering a quick reply. The spec names the key {@code quick_reply_uuid}; the
     * 2.14 changelog's example {@code quick_reply_option_uuid}: both are read, and the option id need not be a UUID.
     *
     * @return the chosen option's id, when this part answers a quick reply
     */
    public Optional<String> quickReplyOptionId() {
        String id = id("quick_reply_option_uuid");
        return Optional.ofNullable(id != null ? id : id("quick_reply_uuid"));
    }
}
