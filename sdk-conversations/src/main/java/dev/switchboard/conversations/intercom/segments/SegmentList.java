package dev.switchboard.conversations.intercom.segments;

import dev.switchboard.conversations.intercom.CursorPages;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * A list of segments, in either of the two envelopes Intercom uses: {@code segment_list} ({@code type: segment.list},
 * the segments under {@code segments}, answered by {@code GET /segments} and nested in every company) and
 * {@code company_attached_segments} ({@code type: list}, the segments under {@code data}, answered by
 * {@code GET /companies/{company_id}/segments}). {@link SegmentsClient#list()} pages through the first for you.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class SegmentList extends JsonModel {

    /** @param json the object as sent */
    public SegmentList(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code segment.list} or {@code list}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the segments of a {@code segment.list}, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Segment> segments() {
        return list("segments", Segment::new);
    }

    /**
     * @return the segments of a {@code list} ({@code company_attached_segments}), or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Segment> data() {
        return list("data", Segment::new);
    }

    /**
     * @return the paging object the spec allows on {@code segment.list} ("may be empty, indicating no further
     *     pages"), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public CursorPages pages() {
        return object("pages", CursorPages::new);
    }
}
