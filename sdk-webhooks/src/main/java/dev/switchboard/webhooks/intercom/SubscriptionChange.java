package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.contacts.Contact;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionType;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionTypeList;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * The item of the subscription topics: a contact subscribed to or unsubscribed from email
 * ({@code contact.subscribed}, {@code contact.unsubscribed}: {@code type} {@code contact_subscribe} or
 * {@code contact_unsubscribe}) or from particular subscription types ({@code granular.subscribe},
 * {@code granular.unsubscribe}: {@code granular_subscribe} or {@code granular_unsubscribe}). The reference names the
 * object "Subscription" without a shape; captured deliveries carry {@code {type, contact, subscription_types:
 * {type: list, data}, created_at}}, the subscription types being the API's {@code subscription} objects (empty for
 * the email-wide topics).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class SubscriptionChange extends JsonModel {

    /** @param json the object as sent */
    public SubscriptionChange(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code contact_subscribe}, {@code contact_unsubscribe}, {@code granular_subscribe} or
     *     {@code granular_unsubscribe}; {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the contact whose subscription changed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Contact contact() {
        return object("contact", Contact::new);
    }

    /**
     * @return the list of subscription types the change is about ({@code {type: list, data}}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public SubscriptionTypeList subscriptionTypeList() {
        return object("subscription_types", SubscriptionTypeList::new);
    }

    /**
     * @return the subscription types the change is about; empty when absent, and for the email-wide topics
     * @throws dev.switchboard.core.DecodeException if {@code subscription_types} is not an object or its {@code data}
     *     not an array
     */
    public List<SubscriptionType> subscriptionTypes() {
        SubscriptionTypeList list = subscriptionTypeList();
        return list == null ? List.of() : list.data();
    }

    /**
     * @return when the contact's subscription changed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }
}
