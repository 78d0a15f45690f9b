package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * When an agent works, in the 3.5+ format: a time zone and a list of intervals. The 3.4 format (a map of day to
 * {@code {start, end}}) is kept in {@link #json()}, keyed by day.
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
