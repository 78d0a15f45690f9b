package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;
import java.util.Objects;

/**
 * A user pressed a rich-message button ({@code incoming_rich_message_postback}).
 *
 * @param envelope the delivery's envelope ({@code action} {@code incoming_rich_message_postback})
 * @param payload the button and where it is
 */
public record IncomingRichMessagePostback(LiveChatEnvelope envelope, Payload payload) implements LiveChatWebhook {

    /** Checks the components. */
    public IncomingRichMessagePostback {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * The payload of {@code incoming_rich_message_postback}.
     *
     * @param userId who pressed it
     * @param chatId the chat
     * @param threadId the thread
     * @param eventId the rich message
     * @param postback the button
     * @param extra fields this SDK does not know
     */
    public record Payload(
            @JsonProperty("user_id") String userId,
            @JsonProperty("chat_id") String chatId,
            @JsonProperty("thread_id") String threadId,
            @JsonProperty("event_id") String eventId,
            @JsonProperty("postback") Postback postback,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Payload {
            extra = Extras.of(extra);
        }
    }

    /**
     * A pressed button.
     *
     * @param id the button's postback id
     * @param toggled whether it is now on
     * @param buttonType (3.6) the button's type, for example {@code url}
     * @param buttonValue (3.6) the button's value
     * @param ecommerce (3.6) the product chosen, for ecommerce templates
     * @param extra fields this SDK does not know
     */
    public record Postback(
            @JsonProperty("id") String id,
            @JsonProperty("toggled") Boolean toggled,
            @JsonProperty("button_type") String buttonType,
            @JsonProperty("button_value") String buttonValue,
            @JsonProperty("ecommerce") EcommerceChoice ecommerce,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Postback {
            extra = Extras.of(extra);
        }
    }
}
