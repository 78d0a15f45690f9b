package dev.switchboard.notifications.suger;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One notification event of a Suger organization: something that happened to an entity (an offer accepted, an
 * entitlement about to expire, a secret rotated...) together with where it is delivered and who opened it. Every field
 * of the spec's {@code NotificationEvent} is here with its proper type; fields this SDK version does not know are kept
 * in {@link #extra()}.
 *
 * <p>Suger's Go server writes every field, an unset one as its zero value: {@code ""} for strings and enums (see
 * {@code EMPTY} on each enum), {@code null} for lists and objects, {@code 0001-01-01T00:00:00Z} for times. This
 * record therefore writes {@code null} components back as {@code null} instead of leaving them out, and times in
 * the server's own layout, so a decoded event is re-encoded as it arrived.
 *
 * @param action what happened to the entity
 * @param ccContactIds contact ids copied on the notification
 * @param channels where the event is delivered, for example {@code ["SLACK", "EMAIL"]}
 * @param contactEmails contact emails that receive the notification
 * @param contactIds contact ids that receive the notification
 * @param createdBy who created or triggered the event: a user or an API client
 * @param customFields custom fields, JSON types kept (numbers, booleans, nested objects, nulls)
 * @param entityId the entity's id ({@code entityID} on the wire)
 * @param entityName the entity's name
 * @param entityStatus the entity's status, free text
 * @param entityType the kind of entity
 * @param eventId the event's id ({@code eventID} on the wire)
 * @param eventStatus the delivery state
 * @param info additional information, JSON types kept
 * @param actionItem whether the event is an action item ({@code isActionItem} on the wire)
 * @param lastUpdateTime when the event was last updated; Go's zero time {@code 0001-01-01T00:00:00Z} means never
 * @param message the email body or action-item description
 * @param organizationId the Suger organization ({@code organizationID} on the wire)
 * @param partner the partner (marketplace) of the entity
 * @param priority the event's priority
 * @param requireAudit whether the event is an auditing event stored in the database
 * @param timestamp when the event was scheduled or created
 * @param title the email subject or action-item title
 * @param trackEvents what recipients did with the notification, such as opening the email
 * @param extra fields this SDK version does not know, kept for the round trip
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NotificationEvent(
        @JsonProperty("action") NotificationEventAction action,
        @JsonProperty("ccContactIds") List<String> ccContactIds,
        @JsonProperty("channels") List<NotificationChannel> channels,
        @JsonProperty("contactEmails") List<String> contactEmails,
        @JsonProperty("contactIds") List<String> contactIds,
        @JsonProperty("createdBy") LastModifiedBy createdBy,
        @JsonProperty("customFields") Map<String, Object> customFields,
        @JsonProperty("entityID") String entityId,
        @JsonProperty("entityName") String entityName,
        @JsonProperty("entityStatus") String entityStatus,
        @JsonProperty("entityType") EntityType entityType,
        @JsonProperty("eventID") String eventId,
        @JsonProperty("eventStatus") NotificationEventStatus eventStatus,
        @JsonProperty("info") Map<String, Object> info,
        @JsonProperty("isActionItem") Boolean actionItem,
        @JsonProperty("lastUpdateTime") @JsonSerialize(using = SugerTimeSerializer.class) Instant lastUpdateTime,
        @JsonProperty("message") String message,
        @JsonProperty("organizationID") String organizationId,
        @JsonProperty("partner") Partner partner,
        @JsonProperty("priority") AuditingEventPriority priority,
        @JsonProperty("requireAudit") Boolean requireAudit,
        @JsonProperty("timestamp") @JsonSerialize(using = SugerTimeSerializer.class) Instant timestamp,
        @JsonProperty("title") String title,
        @JsonProperty("trackEvents") List<TrackEvent> trackEvents,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Makes the lists and maps unmodifiable; {@code null} stays {@code null} (the server sent {@code null}). */
    public NotificationEvent {
        ccContactIds = Models.list(ccContactIds);
        channels = Models.list(channels);
        contactEmails = Models.list(contactEmails);
        contactIds = Models.list(contactIds);
        customFields = Models.map(customFields);
        info = Models.map(info);
        trackEvents = Models.list(trackEvents);
        extra = Extras.of(extra);
    }
}
