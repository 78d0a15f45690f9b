package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.contacts.Contact;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionType;
import dev.switchboard.core.json.JsonObject;
import java.util.List;
import java.util.Objects;

/**
 * A contact's subscription changed ({@code contact.subscribed}, {@code contact.unsubscribed},
 * {@code granular.subscribe}, {@code granular.unsubscribe}; item types {@code contact_subscribe},
 * {@code contact_unsubscribe}, {@code granular_subscribe}, {@code granular_unsubscribe}).
 *
 * <pre>{@code
 * if (n.item() instanceof SubscriptionItem s && !s.subscribed()) {
 *     mailer.suppress(s.contact().email(), s.subscriptionTypes());
 * }
 * }</pre>
 *
 * @param change the change: a view over the item's JSON
 */
public record SubscriptionItem(SubscriptionChange change) implements IntercomItem {

    /** Checks the component. */
    public SubscriptionItem {
        Objects.requireNonNull(change, "change");
    }

    /**
     * @return {@code contact_subscribe}, {@code contact_unsubscribe}, {@code granular_subscribe} or
     *     {@code granular_unsubscribe}, as sent
     */
    @Override
    public String type() {
        String type = change.json().getString("type");
        return type == null ? "" : type;
    }

    @Override
    public JsonObject raw() {
        return change.json();
    }

    @Override
    public SubscriptionChange model() {
        return change;
    }

    /** @return whether the contact subscribed ({@code ..._subscribe}) rather than unsubscribed ({@code ..._unsubscribe}) */
    public boolean subscribed() {
        return type().endsWith("_subscribe");
    }

    /**
     * @return whether the change is about particular subscription types ({@code granular.*}) rather than all email
     *     ({@code contact.subscribed}, {@code contact.unsubscribed})
     */
    public boolean granular() {
        return type().startsWith("granular_");
    }

    /**
     * @return the contact, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code contact} is not an object
     */
    public Contact contact() {
        return change.contact();
    }

    /**
     * @return the subscription types the change is about; empty for the email-wide topics
     * @throws dev.switchboard.core.DecodeException if {@code subscription_types} is not of the documented shape
     */
    public List<SubscriptionType> subscriptionTypes() {
        return change.subscriptionTypes();
    }
}
