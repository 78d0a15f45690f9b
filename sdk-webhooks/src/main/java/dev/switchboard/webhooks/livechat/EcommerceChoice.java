package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * The product a customer picked from an ecommerce rich message (3.6), in a postback.
 *
 * @param productId the product's id
 * @param optionId the variant's id
 * @param quantity how many
 * @param extra fields this SDK does not know
 */
public record EcommerceChoice(
        @JsonProperty("product_id") String productId,
        @JsonProperty("option_id") String optionId,
        @JsonProperty("quantity") Integer quantity,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public EcommerceChoice {
        extra = Extras.of(extra);
    }
}
