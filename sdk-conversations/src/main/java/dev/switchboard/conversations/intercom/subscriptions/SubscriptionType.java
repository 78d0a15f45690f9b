package dev.switchboard.conversations.intercom.subscriptions;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * A subscription type ({@code subscription_type}): a kind of non-essential message customers can opt out of (or
 * into) without missing what matters to them.
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
     * @return its id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return {@code live}, {@code draft} or {@code archived} (open), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public SubscriptionTypeState state() {
        return openEnum("state", SubscriptionTypeState::of);
    }

    /**
     * @return its name and description in the workspace's default language, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Translation defaultTranslation() {
        return object("default_translation", Translation::new);
    }

    /**
     * @return its name and description in each language of the workspace's translation settings, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Translation> translations() {
        return list("translations", Translation::new);
    }

    /**
     * @return {@code opt_out} or {@code opt_in} (open), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public SubscriptionConsentType consentType() {
        return openEnum("consent_type", SubscriptionConsentType::of);
    }

    /**
     * @return the message types it covers, {@code email} and {@code sms_message} (open), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not a string throws when
     *     it is read
     */
    public List<SubscriptionContentType> contentTypes() {
        return openEnums("content_types", SubscriptionContentType::of);
    }
}
