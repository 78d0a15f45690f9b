package dev.switchboard.conversations.intercom.admins;

import dev.switchboard.conversations.intercom.CursorPages.StartingAfterPaging;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * One page of {@code GET /admins/activity_logs} ({@code activity_log.list}). {@link AdminsClient#activityLogs} pages
 * through these for you; the envelope is here for code that decodes responses itself.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ActivityLogList extends JsonModel {

    /** @param json the object as sent */
    public ActivityLogList(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code activity_log.list}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the paging object, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Pages pages() {
        return object("pages", Pages::new);
    }

    /**
     * @return the activities on this page, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<ActivityLog> activityLogs() {
        return list("activity_logs", ActivityLog::new);
    }

    /**
     * The {@code pages} object ({@code cursor_pages}). Intercom sends {@code "next": null} on the last page, or leaves
     * it out; either is written back as it came.
     *
     * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
     */
    public static final class Pages extends JsonModel {

        /** @param json the object as sent */
        public Pages(JsonObject json) {
            super(json);
        }

        /**
         * @return {@code pages}, or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is not a string
         */
        public String type() {
            return string("type");
        }

        /**
         * @return the next page's cursor, or {@code null} on the last page ({@code json().containsKey("next")} tells a
         *     {@code null} from an absent one)
         * @throws dev.switchboard.core.DecodeException if it is not an object
         */
        public StartingAfterPaging next() {
            return object("next", StartingAfterPaging::new);
        }

        /**
         * @return the current page number, or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
         */
        public Integer page() {
            return integer("page");
        }

        /**
         * @return records per page, or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
         */
        public Integer perPage() {
            return integer("per_page");
        }

        /**
         * @return how many pages there are, or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
         */
        public Integer totalPages() {
            return integer("total_pages");
        }
    }
}
