package dev.switchboard.conversations.intercom.contacts;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * A contact's avatar ({@code {"type": "avatar", "image_url": ...}}). A contact without one has {@code "avatar": null}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ContactAvatar extends JsonModel {

    /** @param json the object as sent */
    public ContactAvatar(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code avatar}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the image's URL as sent (not parsed), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String imageUrl() {
        return string("image_url");
    }
}
