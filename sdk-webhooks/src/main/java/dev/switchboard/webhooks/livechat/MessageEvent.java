package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/** A text message ({@code type: message}), optionally the answer to a rich-message button ({@code postback}). */
public final class MessageEvent extends EventModel implements Event {

    /** @param json the event as sent */
    public MessageEvent(JsonObject json) {
        super(json);
    }

    /** @return the text (at most 16 KB); {@code null} for a deleted message */
    public String text() {
        return string("text");
    }

    /**
     * @return the button this message answers, or {@code null}
     * @throws DecodeException if it is not an object
     */
    public Postback postback() {
        return object("postback", Postback::new);
    }

    /** The rich-message button a message answers. */
    public static final class Postback extends LiveChatModel {

        /** @param json the object as sent */
        public Postback(JsonObject json) {
            super(json);
        }

        /** @return the button's postback id */
        public String id() {
            return id("id");
        }

        /** @return the thread of the rich message */
        public String threadId() {
            return id("thread_id");
        }

        /** @return the rich message's event id */
        public String eventId() {
            return id("event_id");
        }

        /** @return the button type, for example {@code phone} */
        public String type() {
            return string("type");
        }

        /** @return the button value */
        public String value() {
            return string("value");
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
