package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/** A user pressed a rich-message button ({@code incoming_rich_message_postback}). */
public final class IncomingRichMessagePostback extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public IncomingRichMessagePostback(JsonObject json) {
        super(json);
    }

    /**
     * @return the button and where it is; {@code null} when the delivery has no payload
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Payload payload() {
        return object("payload", Payload::new);
    }

    /** The payload of {@code incoming_rich_message_postback}. */
    public static final class Payload extends LiveChatModel {

        /** @param json the payload as sent */
        public Payload(JsonObject json) {
            super(json);
        }

        /** @return who pressed it */
        public String userId() {
            return id("user_id");
        }

        /** @return the chat */
        public String chatId() {
            return id("chat_id");
        }

        /** @return the thread */
        public String threadId() {
            return id("thread_id");
        }

        /** @return the rich message */
        public String eventId() {
            return id("event_id");
        }

        /**
         * @return the button
         * @throws DecodeException if it is not an object
         */
        public Postback postback() {
            return object("postback", Postback::new);
        }
    }

    /** A pressed button. */
    public static final class Postback extends LiveChatModel {

        /** @param json the object as sent */
        public Postback(JsonObject json) {
            super(json);
        }

        /** @return the button's postback id */
        public String id() {
            return id("id");
        }

        /**
         * @return whether it is now on ({@code "true"} and {@code "false"} strings are read too, and kept as sent)
         * @throws DecodeException if it is not a boolean
         */
        public Boolean toggled() {
            return bool("toggled");
        }

        /** @return (3.6) the button's type, for example {@code url} */
        public String buttonType() {
            return string("button_type");
        }

        /** @return (3.6) the button's value */
        public String buttonValue() {
            return string("button_value");
        }

        /**
         * @return (3.6) the product chosen, for ecommerce templates
         * @throws DecodeException if it is not an object
         */
        public EcommerceChoice ecommerce() {
            return object("ecommerce", EcommerceChoice::new);
        }
    }
}
