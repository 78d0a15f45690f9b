package dev.switchboard.notifications.suger;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One notification event of a Suger organization: something that happened to an entity (an offer accepted, an
 * entitlement about to expire, a secret rotated...) together with where it is delivered and who opened it. Every field
 * of the spec's {@code NotificationEvent} has a typed accessor.
 *
 * <p>A typed view over the event's JSON (see {@link JsonModel}): the spec marks no field required, so every accessor
 * may return {@code null}, and the event is written back exactly as the server sent it, fields this SDK version does
 * not know and timestamps in their own text included ({@code json().get(name)} reads any field). Suger's Go server
 * writes every field, an unset one as its zero value: {@code ""} for strings and enums (see {@code EMPTY} on each
 * enum), {@code null} for lists and objects, {@code 0001-01-01T00:00:00Z} for times.
 */
public final class NotificationEvent extends JsonModel {

    /** @param json the event as sent */
    public NotificationEvent(JsonObject json) {
        super(json);
    }

    /**
     * @return what happened to the entity, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code action} is not a string
     */
    public NotificationEventAction action() {
        return openEnum("action", NotificationEventAction::of);
    }

    /**
     * @return the contact ids copied on the notification, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code ccContactIds} is not an array (an element of another
     *     type throws when it is read)
     */
    public List<String> ccContactIds() {
        return strings("ccContactIds");
    }

    /**
     * @return where the event is delivered, for example {@code ["SLACK", "EMAIL"]}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code channels} is not an array
     */
    public List<NotificationChannel> channels() {
        return openEnums("channels", NotificationChannel::of);
    }

    /**
     * @return the contact emails that receive the notification, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code contactEmails} is not an array
     */
    public List<String> contactEmails() {
        return strings("contactEmails");
    }

    /**
     * @return the contact ids that receive the notification, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code contactIds} is not an array
     */
    public List<String> contactIds() {
        return strings("contactIds");
    }

    /**
     * @return who created or triggered the event, a user or an API client; {@code null} when the server sent none
     * @throws dev.switchboard.core.DecodeException if {@code createdBy} is not an object
     */
    public LastModifiedBy createdBy() {
        return object("createdBy", LastModifiedBy::new);
    }

    /**
     * @return the custom fields, JSON types kept (numbers, booleans, nested objects, nulls), or {@code null}; a
     *     read-only {@link JsonObject}
     * @throws dev.switchboard.core.DecodeException if {@code customFields} is not an object
     */
    public Map<String, Object> customFields() {
        return rawObject("customFields");
    }

    /**
     * @return the entity's id ({@code entityID} on the wire), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code entityID} is neither a string nor an integer
     */
    public String entityId() {
        return id("entityID");
    }

    /**
     * @return the entity's name, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code entityName} is not a string
     */
    public String entityName() {
        return string("entityName");
    }

    /**
     * @return the entity's status, free text, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code entityStatus} is not a string
     */
    public String entityStatus() {
        return string("entityStatus");
    }

    /**
     * @return the kind of entity, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code entityType} is not a string
     */
    public EntityType entityType() {
        return openEnum("entityType", EntityType::of);
    }

    /**
     * @return the event's id ({@code eventID} on the wire), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code eventID} is neither a string nor an integer
     */
    public String eventId() {
        return id("eventID");
    }

    /**
     * @return the delivery state, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code eventStatus} is not a string
     */
    public NotificationEventStatus eventStatus() {
        return openEnum("eventStatus", NotificationEventStatus::of);
    }

    /**
     * @return additional information, JSON types kept, or {@code null}; a read-only {@link JsonObject}
     * @throws dev.switchboard.core.DecodeException if {@code info} is not an object
     */
    public Map<String, Object> info() {
        return rawObject("info");
    }

    /**
     * @return whether the event is an action item ({@code isActionItem} on the wire), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code isActionItem} is not a boolean
     */
    public Boolean actionItem() {
        return bool("isActionItem");
    }

    /**
     * @return when the event was last updated, or {@code null}; Go's zero time {@code 0001-01-01T00:00:00Z} means
     *     never
     * @throws dev.switchboard.core.DecodeException if {@code lastUpdateTime} is not a timestamp
     */
    public Instant lastUpdateTime() {
        return instant("lastUpdateTime");
    }

    /**
     * @return the email body or action-item description, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code message} is not a string
     */
    public String message() {
        return string("message");
    }

    /**
     * @return the Suger organization ({@code organizationID} on the wire), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code organizationID} is neither a string nor an integer
     */
    public String organizationId() {
        return id("organizationID");
    }

    /**
     * @return the partner (marketplace) of the entity, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code partner} is not a string
     */
    public Partner partner() {
        return openEnum("partner", Partner::of);
    }

    /**
     * @return the event's priority, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code priority} is not a string
     */
    public AuditingEventPriority priority() {
        return openEnum("priority", AuditingEventPriority::of);
    }

    /**
     * @return whether the event is an auditing event stored in the database, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code requireAudit} is not a boolean
     */
    public Boolean requireAudit() {
        return bool("requireAudit");
    }

    /**
     * @return when the event was scheduled or created, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code timestamp} is not a timestamp
     */
    public Instant timestamp() {
        return instant("timestamp");
    }

    /**
     * @return the email subject or action-item title, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code title} is not a string
     */
    public String title() {
        return string("title");
    }

    /**
     * @return what recipients did with the notification, such as opening the email; {@code null} when the server sent
     *     none
     * @throws dev.switchboard.core.DecodeException if {@code trackEvents} is not an array (an element that is not an
     *     object throws when it is read)
     */
    public List<TrackEvent> trackEvents() {
        return list("trackEvents", TrackEvent::new);
    }
}
