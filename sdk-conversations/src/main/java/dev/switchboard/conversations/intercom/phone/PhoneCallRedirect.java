package dev.switchboard.conversations.intercom.phone;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * A phone call redirect ({@code phone_switch}, {@code "type": "phone_call_redirect"}): the SMS with a link to the
 * Messenger was sent. The schema lists {@code phone}; Intercom's example answers {@code url} (the Messenger link), so
 * both read here.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class PhoneCallRedirect extends JsonModel {

    /** @param json the object as sent */
    public PhoneCallRedirect(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code phone_call_redirect}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the number that received the SMS (E.164), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String phone() {
        return string("phone");
    }

    /**
     * @return the link to the Messenger that was texted, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String url() {
        return string("url");
    }
}
