package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/** The product a customer picked from an ecommerce rich message (3.6), in a postback. */
public final class EcommerceChoice extends LiveChatModel {

    /** @param json the object as sent */
    public EcommerceChoice(JsonObject json) {
        super(json);
    }

    /** @return the product's id */
    public String productId() {
        return id("product_id");
    }

    /** @return the variant's id */
    public String optionId() {
        return id("option_id");
    }

    /**
     * @return how many
     * @throws DecodeException if it is not a 32-bit integer (a fraction such as {@code 2.7} is kept in the JSON, as
     *     sent, and fails only here)
     */
    public Integer quantity() {
        return integer("quantity");
    }
}
