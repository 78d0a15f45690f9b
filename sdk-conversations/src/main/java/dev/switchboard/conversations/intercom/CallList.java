package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * One page of {@code GET /calls} ({@code call_list}); also the answer of {@code POST /calls/search}.
 * {@link CallsClient#list()} pages through these for you; the envelope is here for code that decodes responses
 * itself.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class CallList extends JsonModel {

    /** @param json the object as sent */
    public CallList(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code list}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the calls on this page, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Call> data() {
        return list("data", Call::new);
    }

    /**
     * @return how many calls there are, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Integer totalCount() {
        return integer("total_count");
    }

    /**
     * @return page numbers, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public CursorPages pages() {
        return object("pages", CursorPages::new);
    }
}
