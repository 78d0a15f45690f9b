package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * The {@code pages} object of a list ({@code cursor_pages}). The paginators read it for you; it is here for code that
 * decodes list envelopes itself.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class CursorPages extends JsonModel {

    /** @param json the object as sent */
    public CursorPages(JsonObject json) {
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
     * @return the current page number, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Integer page() {
        return integer("page");
    }

    /**
     * @return the cursor of the next page; {@code null} on the last page (absent or {@code null})
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public StartingAfterPaging next() {
        return object("next", StartingAfterPaging::new);
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

    /**
     * The cursor of the next page ({@code starting_after_paging}).
     *
     * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
     */
    public static final class StartingAfterPaging extends JsonModel {

        /** @param json the object as sent */
        public StartingAfterPaging(JsonObject json) {
            super(json);
        }

        /**
         * @return records per page, or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
         */
        public Integer perPage() {
            return integer("per_page");
        }

        /**
         * @return the cursor to send as {@code starting_after}, or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is not a string
         */
        public String startingAfter() {
            return string("starting_after");
        }
    }
}
