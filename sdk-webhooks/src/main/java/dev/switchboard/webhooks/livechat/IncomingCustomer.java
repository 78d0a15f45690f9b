package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * A new customer registered ({@code incoming_customer}, 3.5 and older; removed in 3.6). Two payload shapes are seen:
 * the 3.5 reference wraps the customer ({@code {"customer": {...}}}), while the RTM push reference and lc-sdk-go's
 * fixture put the customer directly in {@code payload}. Both decode to this type; {@link #customer()} reads either,
 * and the payload is kept in the shape that arrived.
 */
public final class IncomingCustomer extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public IncomingCustomer(JsonObject json) {
        super(json);
    }

    /**
     * @return the payload as sent: {@code {"customer": ...}} when wrapped, else the customer itself; {@code null}
     *     when the delivery has none
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public JsonObject payload() {
        return rawObject("payload");
    }

    /** @return whether the payload wraps the customer in a {@code customer} object */
    public boolean wrapped() {
        JsonObject payload = json().getObject("payload");
        return payload != null && payload.getObject("customer") != null;
    }

    /**
     * @return the customer, wrapped or not; {@code null} when the delivery has no payload
     * @throws DecodeException if the payload is not an object
     */
    public Customer customer() {
        if (wrapped()) {
            return object("payload", JsonFields::new).nested("customer", Customer::new);
        }
        return object("payload", Customer::new);
    }
}
