package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * Content the AI agent used to answer ({@code content_source}).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ContentSource extends JsonModel {

    /** @param json the object as sent */
    public ContentSource(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code file}, {@code article}, {@code external_content}, {@code content_snippet},
     *     {@code workflow_connector_action}, ... (kept as sent), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String contentType() {
        return string("content_type");
    }

    /**
     * @return the internal URL of the content, for teammates, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String url() {
        return string("url");
    }

    /**
     * @return its title, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String title() {
        return string("title");
    }

    /**
     * @return its ISO 639 language code, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String locale() {
        return string("locale");
    }
}
