package dev.switchboard.conversations.intercom.visitors;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * A visitor's avatar: {@code {"type": "avatar", "image_url"}}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class VisitorAvatar extends JsonModel {

    /** @param json the object as sent */
    public VisitorAvatar(JsonObject json) {
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
     * @return the image's URL, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String imageUrl() {
        return string("image_url");
    }
}
