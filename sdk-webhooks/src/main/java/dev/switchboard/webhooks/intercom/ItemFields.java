package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.ContactReference;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * The fields a notification's item carries beyond its sdk-conversations model (for now {@code merged_from} of
 * {@code contact.merged}), read from the item's JSON.
 */
final class ItemFields extends JsonModel {

    ItemFields(JsonObject json) {
        super(json);
    }

    /**
     * An item always sits at {@code $.data.item} of its notification; the view is placed there so that its errors
     * name the path in the delivery, as the item's model's do.
     *
     * @param item the item's JSON
     * @return a view of its extra fields
     */
    static ItemFields of(JsonObject item) {
        return new IntercomNotification(JsonObject.of("data", JsonObject.of("item", item))).data().fields();
    }

    /**
     * @return {@code merged_from}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    ContactReference mergedFrom() {
        return object("merged_from", ContactReference::new);
    }
}
