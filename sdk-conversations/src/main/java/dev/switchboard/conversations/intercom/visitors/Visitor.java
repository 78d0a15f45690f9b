package dev.switchboard.conversations.intercom.visitors;

import dev.switchboard.conversations.intercom.TagList;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;

/**
 * A visitor ({@code visitor}): an anonymous person, usually a website visitor, not yet identified. Visitors are not
 * visible in Intercom's UI.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Visitor extends JsonModel {

    /** @param json the object as sent */
    public Visitor(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code visitor}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return Intercom's id of the visitor, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the visitor's generated {@code user_id}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String userId() {
        return id("user_id");
    }

    /**
     * @return whether the visitor is anonymous, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean anonymous() {
        return bool("anonymous");
    }

    /**
     * @return its email ({@code ""} when none), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String email() {
        return string("email");
    }

    /**
     * @return its phone number, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String phone() {
        return string("phone");
    }

    /**
     * @return its name, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String name() {
        return string("name");
    }

    /**
     * @return the name Intercom made up for it, for example {@code Violet Suitcase}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String pseudonym() {
        return string("pseudonym");
    }

    /**
     * @return its avatar, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public VisitorAvatar avatar() {
        return object("avatar", VisitorAvatar::new);
    }

    /**
     * @return the workspace's app id, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String appId() {
        return id("app_id");
    }

    /**
     * @return its companies as raw JSON ({@code {"type": "company.list", "companies": [...]}}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public JsonObject companies() {
        return rawObject("companies");
    }

    /**
     * @return where it was seen, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public VisitorLocation locationData() {
        return object("location_data", VisitorLocation::new);
    }

    /**
     * The time it last made a request. The spec names the field {@code las_request_at}; Intercom's answers (and the
     * spec's examples) send {@code last_request_at}, which is read first.
     *
     * @return when it last made a request, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant lastRequestAt() {
        return has("last_request_at") ? instant("last_request_at") : instant("las_request_at");
    }

    /**
     * @return when it was added to Intercom, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return when it was added, as your system says, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant remoteCreatedAt() {
        return instant("remote_created_at");
    }

    /**
     * @return when it signed up for your product, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant signedUpAt() {
        return instant("signed_up_at");
    }

    /**
     * @return when it last changed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /**
     * @return how many sessions it has had, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long sessionCount() {
        return longNumber("session_count");
    }

    /**
     * @return its social profiles as raw JSON ({@code social_profile.list}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public JsonObject socialProfiles() {
        return rawObject("social_profiles");
    }

    /**
     * @return the admin who owns it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String ownerId() {
        return id("owner_id");
    }

    /**
     * @return whether it unsubscribed from emails, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean unsubscribedFromEmails() {
        return bool("unsubscribed_from_emails");
    }

    /**
     * @return whether it marked an email as spam, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean markedEmailAsSpam() {
        return bool("marked_email_as_spam");
    }

    /**
     * @return whether an email to it hard-bounced, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean hasHardBounced() {
        return bool("has_hard_bounced");
    }

    /**
     * @return its tags ({@code tag.list}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public TagList tags() {
        return object("tags", TagList::new);
    }

    /**
     * @return its segments as raw JSON ({@code segment.list}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public JsonObject segments() {
        return rawObject("segments");
    }

    /**
     * @return its custom attributes with their JSON types, read-only, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Map<String, Object> customAttributes() {
        return rawObject("custom_attributes");
    }

    /**
     * @return the page that referred it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String referrer() {
        return string("referrer");
    }

    /**
     * @return {@code utm_campaign}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String utmCampaign() {
        return string("utm_campaign");
    }

    /**
     * @return {@code utm_content}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String utmContent() {
        return string("utm_content");
    }

    /**
     * @return {@code utm_medium}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String utmMedium() {
        return string("utm_medium");
    }

    /**
     * @return {@code utm_source}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String utmSource() {
        return string("utm_source");
    }

    /**
     * @return {@code utm_term}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String utmTerm() {
        return string("utm_term");
    }

    /**
     * @return whether it has Do Not Track on, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean doNotTrack() {
        return bool("do_not_track");
    }
}
