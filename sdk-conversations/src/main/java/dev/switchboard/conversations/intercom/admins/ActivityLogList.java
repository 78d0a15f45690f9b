package dev.switchboard.conversations.intercom.admins;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.conversations.intercom.CursorPages;
import dev.switchboard.core.json.Extras;
import dev.switchboard.core.json.Patch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code GET /admins/activity_logs} ({@code activity_log.list}). {@link IntercomAdmins#activityLogs}
 * pages through these for you; the envelope is here for code that decodes responses itself.
 *
 * @param type {@code activity_log.list}
 * @param pages the paging object
 * @param activityLogs the activities on this page
 * @param extra fields this SDK does not know
 */
public record ActivityLogList(
        @JsonProperty("type") String type,
        @JsonProperty("pages") Pages pages,
        @JsonProperty("activity_logs") List<ActivityLog> activityLogs,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the list and unknown fields immutable; a missing list stays missing. */
    public ActivityLogList {
        activityLogs = activityLogs == null ? null : Collections.unmodifiableList(new ArrayList<>(activityLogs));
        extra = Extras.of(extra);
    }

    /**
     * The {@code pages} object ({@code cursor_pages}). Intercom sends {@code "next": null} on the last page; the
     * {@link Patch} keeps null apart from absent so the page is written back as it came.
     *
     * @param type {@code pages}
     * @param next the next page's cursor: a value, {@code null} (last page) or absent (last page)
     * @param page the current page number
     * @param perPage records per page
     * @param totalPages how many pages there are
     * @param extra fields this SDK does not know
     */
    public record Pages(
            @JsonProperty("type") String type,
            @JsonProperty("next") Patch<CursorPages.StartingAfterPaging> next,
            @JsonProperty("page") Integer page,
            @JsonProperty("per_page") Integer perPage,
            @JsonProperty("total_pages") Integer totalPages,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable; a missing {@code next} is {@link Patch#absent()}. */
        public Pages {
            next = next == null ? Patch.absent() : next;
            extra = Extras.of(extra);
        }
    }
}
