package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * A customer's visit to the website: a customer's {@code visit} (3.6; {@code last_visit} before) and a thread's
 * {@code customer_visit}.
 */
public final class Visit extends LiveChatModel {

    /** @param json the object as sent */
    public Visit(JsonObject json) {
        super(json);
    }

    /**
     * @return when it started, its text kept as sent
     * @throws DecodeException if it is not a string
     */
    public Timestamp startedAt() {
        return timestamp("started_at");
    }

    /**
     * @return when it ended, its text kept as sent
     * @throws DecodeException if it is not a string
     */
    public Timestamp endedAt() {
        return timestamp("ended_at");
    }

    /** @return the referring URL */
    public String referrer() {
        return string("referrer");
    }

    /** @return the customer's IP address */
    public String ip() {
        return string("ip");
    }

    /** @return the browser's user agent */
    public String userAgent() {
        return string("user_agent");
    }

    /**
     * @return where the customer is
     * @throws DecodeException if it is not an object
     */
    public Geolocation geolocation() {
        return object("geolocation", Geolocation::new);
    }

    /**
     * @return the pages last opened
     * @throws DecodeException if they are not an array
     */
    public List<Page> lastPages() {
        return list("last_pages", Page::new);
    }

    /** Where a customer is. Latitude and longitude are strings in LiveChat's samples and kept so. */
    public static final class Geolocation extends LiveChatModel {

        /** @param json the object as sent */
        public Geolocation(JsonObject json) {
            super(json);
        }

        /** @return the country name */
        public String country() {
            return string("country");
        }

        /** @return the ISO country code */
        public String countryCode() {
            return string("country_code");
        }

        /** @return the region */
        public String region() {
            return string("region");
        }

        /** @return the city */
        public String city() {
            return string("city");
        }

        /** @return the time zone, for example {@code Europe/Warsaw} */
        public String timezone() {
            return string("timezone");
        }

        /** @return the latitude, as text */
        public String latitude() {
            return string("latitude");
        }

        /** @return the longitude, as text */
        public String longitude() {
            return string("longitude");
        }
    }

    /** A page the customer opened. */
    public static final class Page extends LiveChatModel {

        /** @param json the object as sent */
        public Page(JsonObject json) {
            super(json);
        }

        /**
         * @return when, its text kept as sent
         * @throws DecodeException if it is not a string
         */
        public Timestamp openedAt() {
            return timestamp("opened_at");
        }

        /** @return its URL */
        public String url() {
            return string("url");
        }

        /** @return its title */
        public String title() {
            return string("title");
        }
    }
}
