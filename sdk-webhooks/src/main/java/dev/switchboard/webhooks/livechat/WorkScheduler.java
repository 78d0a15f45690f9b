package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * When an agent works, in the 3.5+ format: a time zone and a list of intervals. The 3.4 format (a map of day to
 * {@code {start, end}}) is kept among the unknown fields, keyed by day.
 *
 * @param timezone the time zone, for example {@code Europe/Warsaw}
 * @param schedule the working intervals
 * @param extra fields this SDK does not know, including 3.4's per-day entries
 */
public record WorkScheduler(
        @JsonProperty("timezone") String timezone,
        @JsonProperty("schedule") List<Interval> schedule,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the collections immutable. */
    public WorkScheduler {
        schedule = Copies.list(schedule);
        extra = Extras.of(extra);
    }

    /**
     * A working interval.
     *
     * @param day the weekday, for example {@code monday}
     * @param enabled whether it applies
     * @param start the start, {@code HH:MM}
     * @param end the end, {@code HH:MM}
     * @param extra fields this SDK does not know
     */
    public record Interval(
            @JsonProperty("day") String day,
            @JsonProperty("enabled") Boolean enabled,
            @JsonProperty("start") String start,
            @JsonProperty("end") String end,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Interval {
            extra = Extras.of(extra);
        }
    }
}
