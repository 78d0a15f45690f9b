package dev.switchboard.conversations.intercom.subscriptions;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * The answer of {@code GET /subscription_types} ({@code subscription_type_list}): {@code {"type": "list", "data"}},
 * every subscription type at once (the endpoint does not page).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class SubscriptionTypeList extends JsonModel {

    /** @param json the object as sent */
    public SubscriptionTypeList(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code list}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the subscription types; empty when absent or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<SubscriptionType> data() {
        return listOrEmpty("data", SubscriptionType::new);
    }
}
