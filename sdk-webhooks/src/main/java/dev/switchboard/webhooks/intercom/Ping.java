package dev.switchboard.webhooks.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * The item of a {@code ping} notification: {@code {type: ping, message}}. Intercom sends one when the subscription's
 * ping resource is called, and now and then by itself; no app can unsubscribe from it. Answer it with a 2xx.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Ping extends JsonModel {

    /** @param json the object as sent */
    public Ping(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code ping}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the ping's text, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String message() {
        return string("message");
    }
}
