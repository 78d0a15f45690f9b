package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.spi.EpochSecondsSerializer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /tickets} and {@code POST /tickets/enqueue}.
 *
 * <pre>{@code
 * CreateTicketRequest req = CreateTicketRequest.builder("ticket-type-1", TicketContact.byEmail("ada@example.com"))
 *         .attribute("_default_title_", "Printer on fire")
 *         .assignToAdmin("991268013")
 *         .build();
 * }</pre>
 *
 * @param ticketTypeId the ticket type
 * @param contacts the contact (Intercom currently accepts exactly one)
 * @param conversationToLinkId a conversation to link, or {@code null}
 * @param companyId the company, or {@code null}
 * @param createdAt the creation time to record, or {@code null} for now
 * @param ticketAttributes attribute values by name, JSON types kept
 * @param assignment (2.14) whom to assign it to, or {@code null} for unassigned
 * @param skipNotifications whether to skip notifications, or {@code null}
 */
public record CreateTicketRequest(
        @JsonProperty("ticket_type_id") String ticketTypeId,
        @JsonProperty("contacts") List<TicketContact> contacts,
        @JsonProperty("conversation_to_link_id") String conversationToLinkId,
        @JsonProperty("company_id") String companyId,
        @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("ticket_attributes") Map<String, Object> ticketAttributes,
        @JsonProperty("assignment") Assignment assignment,
        @JsonProperty("skip_notifications") Boolean skipNotifications) {

    /** Checks the required fields. */
    public CreateTicketRequest {
        if (ticketTypeId == null || ticketTypeId.isBlank()) {
            throw new IllegalArgumentException("ticketTypeId must not be blank");
        }
        if (contacts == null || contacts.isEmpty()) {
            throw new IllegalArgumentException("contacts must not be empty");
        }
        contacts = List.copyOf(contacts);
        ticketAttributes = ticketAttributes == null || ticketAttributes.isEmpty() ? null
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ticketAttributes));
    }

    /**
     * @param ticketTypeId the ticket type
     * @param contact the contact
     * @return a builder
     */
    public static Builder builder(String ticketTypeId, TicketContact contact) {
        return new Builder(ticketTypeId, contact);
    }

    /**
     * (2.14) Assignment at creation; both ids are optional.
     *
     * @param adminAssigneeId the admin to assign, or {@code null}
     * @param teamAssigneeId the team to assign, or {@code null}
     */
    public record Assignment(
            @JsonProperty("admin_assignee_id") String adminAssigneeId,
            @JsonProperty("team_assignee_id") String teamAssigneeId) {
    }

    /** Builds a {@link CreateTicketRequest}; not thread-safe. */
    public static final class Builder {
        private final String ticketTypeId;
        private final TicketContact contact;
        private String conversationToLinkId;
        private String companyId;
        private Instant createdAt;
        private final Map<String, Object> attributes = new LinkedHashMap<>();
        private String adminAssigneeId;
        private String teamAssigneeId;
        private Boolean skipNotifications;

        private Builder(String ticketTypeId, TicketContact contact) {
            this.ticketTypeId = ticketTypeId;
            if (contact == null) {
                throw new IllegalArgumentException("contacts must not be empty");
            }
            this.contact = contact;
        }

        /**
         * @param name attribute name, for example {@code _default_title_}
         * @param value a string, number, boolean, list or null
         * @return this builder
         */
        public Builder attribute(String name, Object value) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("attribute name must not be blank");
            }
            attributes.put(name, value);
            return this;
        }

        /**
         * @param conversationId a conversation to link to the new ticket
         * @return this builder
         */
        public Builder linkConversation(String conversationId) {
            this.conversationToLinkId = conversationId;
            return this;
        }

        /**
         * @param companyId the company
         * @return this builder
         */
        public Builder companyId(String companyId) {
            this.companyId = companyId;
            return this;
        }

        /**
         * @param createdAt the creation time to record
         * @return this builder
         */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * @param adminId the admin to assign the new ticket to
         * @return this builder
         */
        public Builder assignToAdmin(String adminId) {
            this.adminAssigneeId = adminId;
            return this;
        }

        /**
         * @param teamId the team to assign the new ticket to
         * @return this builder
         */
        public Builder assignToTeam(String teamId) {
            this.teamAssigneeId = teamId;
            return this;
        }

        /**
         * @param skip whether to skip notifications
         * @return this builder
         */
        public Builder skipNotifications(boolean skip) {
            this.skipNotifications = skip;
            return this;
        }

        /** @return the request */
        public CreateTicketRequest build() {
            Assignment assignment = adminAssigneeId == null && teamAssigneeId == null ? null
                    : new Assignment(adminAssigneeId, teamAssigneeId);
            return new CreateTicketRequest(ticketTypeId, List.of(contact), conversationToLinkId, companyId, createdAt,
                    attributes, assignment, skipNotifications);
        }
    }
}
