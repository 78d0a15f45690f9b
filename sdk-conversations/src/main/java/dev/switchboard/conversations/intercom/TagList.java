package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * A list of tags, in either of the two envelopes Intercom uses: {@code tags} ({@code type: tag.list}, the tags under
 * {@code tags}: the tags of a conversation or company) and {@code tag_list} ({@code type: list}, the tags under
 * {@code data}: the workspace's tags, as {@code GET /tags} answers them).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class TagList extends JsonModel {

    /** @param json the object as sent */
    public TagList(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code tag.list} or {@code list}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the tags of a {@code tag.list}, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Tag> tags() {
        return list("tags", Tag::new);
    }

    /**
     * @return the tags of a {@code list} ({@code tag_list}, the answer of {@code GET /tags}), or {@code null} when
     *     absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Tag> data() {
        return list("data", Tag::new);
    }
}
