package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * The content the AI agent used in a conversation ({@code content_source.list}).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ContentSourceList extends JsonModel {

    /** @param json the object as sent */
    public ContentSourceList(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code content_source.list}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return how many sources, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Integer totalCount() {
        return integer("total_count");
    }

    /**
     * @return the sources, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<ContentSource> contentSources() {
        return list("content_sources", ContentSource::new);
    }
}
