package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When an agent (or bot) works. Two formats are read: 3.5+ sends a time zone and a list of intervals
 * ({@link #timezone()}, {@link #schedule()}); 3.4 sends a map of weekday to {@code {start, end}} ({@link #days()}).
 * {@link #isDayMap()} tells which one came; the JSON is kept as sent either way.
 */
public final class WorkScheduler extends LiveChatModel {

    /** @param json the object as sent */
    public WorkScheduler(JsonObject json) {
        super(json);
    }

    /** @return the time zone, for example {@code Europe/Warsaw} */
    public String timezone() {
        return string("timezone");
    }

    /**
     * @return the working intervals
     * @throws DecodeException if they are not an array
     */
    public List<Interval> schedule() {
        return list("schedule", Interval::new);
    }

    /** The weekday keys of the 3.4 format, in week order. */
    public static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** @return whether this is the 3.4 format: no {@code schedule}, and at least one weekday key */
    public boolean isDayMap() {
        if (has("schedule")) {
            return false;
        }
        for (String day : WEEKDAYS) {
            if (has(day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the 3.4 format's working hours per weekday ({@code monday} ... {@code sunday}), in week order, the days
     *     sent only (a day sent as {@code null} maps to {@code null}); empty for the 3.5+ format
     * @throws DecodeException naming the path if a weekday's value is not an object
     */
    public Map<String, DayHours> days() {
        Map<String, DayHours> out = new LinkedHashMap<>();
        for (String day : WEEKDAYS) {
            if (has(day)) {
                out.put(day, object(day, DayHours::new));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** One weekday's working hours in the 3.4 format: {@code {"start": "HH:MM", "end": "HH:MM"}}. */
    public static final class DayHours extends LiveChatModel {

        /** @param json the object as sent */
        public DayHours(JsonObject json) {
            super(json);
        }

        /**
         * @return the start, {@code HH:MM}
         * @throws DecodeException if it is not a string
         */
        public String start() {
            return string("start");
        }

        /**
         * @return the end, {@code HH:MM}
         * @throws DecodeException if it is not a string
         */
        public String end() {
            return string("end");
        }
    }

    /** A working interval. */
    public static final class Interval extends LiveChatModel {

        /** @param json the object as sent */
        public Interval(JsonObject json) {
            super(json);
        }

        /** @return the weekday, for example {@code monday} */
        public String day() {
            return string("day");
        }

        /** @return whether it applies */
        public Boolean enabled() {
            return bool("enabled");
        }

        /** @return the start, {@code HH:MM} */
        public String start() {
            return string("start");
        }

        /** @return the end, {@code HH:MM} */
        public String end() {
            return string("end");
        }
    }
}
