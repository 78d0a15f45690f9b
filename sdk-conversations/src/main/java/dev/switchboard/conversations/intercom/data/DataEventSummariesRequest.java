package dev.switchboard.conversations.intercom.data;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /events/summaries} ({@code create_data_event_summaries_request}): a user's counts of one
 * event, {@code {"user_id", "event_summaries": {"event_name", "count", "first", "last"}}}, the times in epoch seconds.
 * The schema types {@code event_summaries} as one object (its description speaks of a list); this sends the object,
 * as the schema (and the official SDKs generated from it) do. Checked before sending: a count of at least 1, and
 * {@code first} not after {@code last}.
 *
 * <pre>{@code
 * DataEventSummariesRequest s = DataEventSummariesRequest.of("314159", "placed-order", 4,
 *         Instant.parse("2026-01-05T10:00:00Z"), Instant.parse("2026-04-30T18:00:00Z"));
 * }</pre>
 */
public final class DataEventSummariesRequest {
    private final String userId;
    private final String eventName;
    private final long count;
    private final Instant first;
    private final Instant last;

    private DataEventSummariesRequest(String userId, String eventName, long count, Instant first, Instant last) {
        this.userId = userId;
        this.eventName = eventName;
        this.count = count;
        this.first = first;
        this.last = last;
    }

    /**
     * @param userId your id of the user ({@code user_id})
     * @param eventName the event's name
     * @param count how many times it happened, at least 1
     * @param first when it first happened
     * @param last when it last happened, not before {@code first}
     * @return the request
     * @throws IllegalArgumentException if an id or the name is blank, the count is below 1 or the times are reversed
     */
    public static DataEventSummariesRequest of(String userId, String eventName, long count, Instant first, Instant last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("first must not be after last, was " + first + " and " + last);
        }
        return new DataEventSummariesRequest(Checks.notBlank(userId, "userId"), Checks.notBlank(eventName, "eventName"),
                count, first, last);
    }

    /** @return the request body as JSON maps and scalars, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("event_name", eventName);
        summary.put("count", count);
        summary.put("first", first.getEpochSecond());
        summary.put("last", last.getEpochSecond());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("user_id", userId);
        json.put("event_summaries", Collections.unmodifiableMap(summary));
        return Collections.unmodifiableMap(json);
    }

    @Override
    public String toString() {
        return "DataEventSummariesRequest{" + eventName + " x" + count + "}";
    }
}
