package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * A file attached to a conversation or ticket part ({@code part_attachment}). A typed view over its JSON (see
 * {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Attachment extends JsonModel {

    /** @param json the object as sent */
    public Attachment(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code upload}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the file name, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String name() {
        return string("name");
    }

    /**
     * @return where to download it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String url() {
        return string("url");
    }

    /**
     * @return the media type, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String contentType() {
        return string("content_type");
    }

    /**
     * @return the size in bytes, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long filesize() {
        return longNumber("filesize");
    }

    /**
     * @return the image width in pixels, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long width() {
        return longNumber("width");
    }

    /**
     * @return the image height in pixels, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long height() {
        return longNumber("height");
    }
}
