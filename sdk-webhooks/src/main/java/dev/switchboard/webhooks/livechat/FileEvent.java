package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.json.JsonObject;

/** A file sent in the chat ({@code type: file}); the image fields are present for images only. */
public final class FileEvent extends EventModel implements Event {

    /** @param json the event as sent */
    public FileEvent(JsonObject json) {
        super(json);
    }

    /** @return the file name */
    public String name() {
        return string("name");
    }

    /** @return where to download it */
    public String url() {
        return string("url");
    }

    /** @return its MIME type */
    public String contentType() {
        return string("content_type");
    }

    /** @return (images) a thumbnail */
    public String thumbnailUrl() {
        return string("thumbnail_url");
    }

    /** @return (images) a double-size thumbnail */
    public String thumbnail2xUrl() {
        return string("thumbnail2x_url");
    }

    /** @return (images) the size in bytes */
    public Long size() {
        return longNumber("size");
    }

    /** @return (images) the width in pixels */
    public Integer width() {
        return integer("width");
    }

    /** @return (images) the height in pixels */
    public Integer height() {
        return integer("height");
    }

    /** @return (images) the alternative text */
    public String alternativeText() {
        return string("alternative_text");
    }
}
