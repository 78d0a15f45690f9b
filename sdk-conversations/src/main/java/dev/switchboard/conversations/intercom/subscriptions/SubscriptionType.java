package dev.switchboard.conversations.intercom.subscriptions;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * A subscription type ({@code subscription_type}): a kind of message contacts can opt out of (or in to), such as a
 * newsletter, with its translations and the channels it covers. Answered by the contact's subscription list and by
 * attaching or detaching one.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class SubscriptionType extends JsonModel {

    /** @param json the object as sent */
    public SubscriptionType(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code subscription}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the subscription type's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return {@code live}, {@code draft} or {@code archived} (open: others are kept), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public SubscriptionTypeState state() {
        return openEnum("state", SubscriptionTypeState::of);
    }

    /**
     * @return its name and description in the workspace's default locale, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Translation defaultTranslation() {
        return object("default_translation", Translation::new);
    }

    /**
     * @return its name and description in every locale of the workspace, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Translation> translations() {
        return list("translations", Translation::new);
    }

    /**
     * @return {@code opt_out} or {@code opt_in} (open: others are kept), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public ConsentType consentType() {
        return openEnum("consent_type", ConsentType::of);
    }

    /**
     * @return the channels it covers, {@code email} and {@code sms_message} today (open: others are kept), or
     *     {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not a string throws when
     *     it is read
     */
    public List<SubscriptionContentType> contentTypes() {
        return openEnums("content_types", SubscriptionContentType::of);
    }
}
