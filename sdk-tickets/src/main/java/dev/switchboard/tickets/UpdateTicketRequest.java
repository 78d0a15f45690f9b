package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.Patch;
import dev.switchboard.core.spi.EpochSecondsSerializer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 2.14 body of {@code PUT /tickets/{ticket_id}}: {@code admin_id} (integer) is who performs the update,
 * {@code assignee_id} (string) is the admin or team to assign, {@code "0"} unassigns. The 2.13 nested
 * {@code assignment} object is not supported by 2.14 and is never sent.
 *
 * <pre>{@code
 * UpdateTicketRequest u = UpdateTicketRequest.builder()
 *         .performedBy(991268011L).assignTo("991268013").ticketStateId("8498")
 *         .clearCompany()          // sends "company_id": null
 *         .build();
 * }</pre>
 *
 * @param ticketAttributes attribute values to change, or {@code null}
 * @param ticketStateId the new state (must belong to the ticket's type), or {@code null}
 * @param companyId the company: absent leaves it, JSON null removes it, a value sets it
 * @param open {@code false} closes the ticket, or {@code null}
 * @param isShared whether it is shared, or {@code null}
 * @param snoozedUntil snooze until, or {@code null}
 * @param adminId the admin performing the update (integer), or {@code null} for the Operator
 * @param assigneeId the admin or team to assign ({@code "0"} unassigns), or {@code null}
 * @param skipNotifications whether to skip notifications, or {@code null}
 */
public record UpdateTicketRequest(
        @JsonProperty("ticket_attributes") Map<String, Object> ticketAttributes,
        @JsonProperty("ticket_state_id") String ticketStateId,
        @JsonProperty("company_id") Patch<String> companyId,
        @JsonProperty("open") Boolean open,
        @JsonProperty("is_shared") Boolean isShared,
        @JsonProperty("snoozed_until") @JsonSerialize(using = EpochSecondsSerializer.class) Instant snoozedUntil,
        @JsonProperty("admin_id") Long adminId,
        @JsonProperty("assignee_id") String assigneeId,
        @JsonProperty("skip_notifications") Boolean skipNotifications) {

    /** The {@code assignee_id} that unassigns a ticket. */
    public static final String UNASSIGNED = "0";

    /** Normalises the components. */
    public UpdateTicketRequest {
        companyId = companyId == null ? Patch.absent() : companyId;
        ticketAttributes = ticketAttributes == null || ticketAttributes.isEmpty() ? null
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ticketAttributes));
    }

    /** @return a builder that changes nothing yet */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link UpdateTicketRequest}; not thread-safe. */
    public static final class Builder {
        private final Map<String, Object> attributes = new LinkedHashMap<>();
        private String ticketStateId;
        private Patch<String> companyId = Patch.absent();
        private Boolean open;
        private Boolean isShared;
        private Instant snoozedUntil;
        private Long adminId;
        private String assigneeId;
        private Boolean skipNotifications;

        private Builder() {
        }

        /**
         * @param name attribute name
         * @param value new value (string, number, boolean, list or null)
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
         * @param id the new state's id
         * @return this builder
         */
        public Builder ticketStateId(String id) {
            this.ticketStateId = requireId(id, "ticketStateId");
            return this;
        }

        /**
         * @param id the company to set
         * @return this builder
         */
        public Builder companyId(String id) {
            this.companyId = Patch.of(requireId(id, "companyId"));
            return this;
        }

        /** @return this builder, sending {@code "company_id": null} to remove the company */
        public Builder clearCompany() {
            this.companyId = Patch.ofNull();
            return this;
        }

        /**
         * @param open {@code false} to close (and unsnooze), {@code true} to reopen
         * @return this builder
         */
        public Builder open(boolean open) {
            this.open = open;
            return this;
        }

        /**
         * @param shared whether the ticket is shared with the customer
         * @return this builder
         */
        public Builder shared(boolean shared) {
            this.isShared = shared;
            return this;
        }

        /**
         * @param until snooze until
         * @return this builder
         */
        public Builder snoozedUntil(Instant until) {
            this.snoozedUntil = until;
            return this;
        }

        /**
         * @param adminId the admin performing the update (attribution; without it the Operator is used)
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder performedBy(long adminId) {
            if (adminId <= 0) {
                throw new IllegalArgumentException("adminId must be positive, was " + adminId);
            }
            this.adminId = adminId;
            return this;
        }

        /**
         * @param adminOrTeamId the admin or team to assign
         * @return this builder
         */
        public Builder assignTo(String adminOrTeamId) {
            this.assigneeId = requireId(adminOrTeamId, "assigneeId");
            return this;
        }

        /** @return this builder, sending {@code "assignee_id": "0"} */
        public Builder unassign() {
            this.assigneeId = UNASSIGNED;
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
        public UpdateTicketRequest build() {
            return new UpdateTicketRequest(attributes, ticketStateId, companyId, open, isShared, snoozedUntil, adminId, assigneeId,
                    skipNotifications);
        }

        private static String requireId(String id, String name) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return id;
        }
    }
}
