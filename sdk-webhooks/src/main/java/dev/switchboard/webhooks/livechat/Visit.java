package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A customer's visit to the website: a customer's {@code visit} (3.6; {@code last_visit} before) and a thread's
 * {@code customer_visit}.
 *
 * @param startedAt when it started
 * @param endedAt when it ended
 * @param referrer the referring URL
 * @param ip the customer's IP address
 * @param userAgent the browser's user agent
 * @param geolocation where the customer is
 * @param lastPages the pages last opened
 * @param extra fields this SDK does not know
 */
public record Visit(
        @JsonProperty("started_at") Timestamp startedAt,
        @JsonProperty("ended_at") Timestamp endedAt,
        @JsonProperty("referrer") String referrer,
        @JsonProperty("ip") String ip,
        @JsonProperty("user_agent") String userAgent,
        @JsonProperty("geolocation") Geolocation geolocation,
        @JsonProperty("last_pages") List<Page> lastPages,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the collections immutable. */
    public Visit {
        lastPages = Copies.list(lastPages);
        extra = Extras.of(extra);
    }

    /**
     * Where a customer is. Latitude and longitude are strings in LiveChat's samples and kept so.
     *
     * @param country the country name
     * @param countryCode the ISO country code
     * @param region the region
     * @param city the city
     * @param timezone the time zone, for example {@code Europe/Warsaw}
     * @param latitude the latitude, as text
     * @param longitude the longitude, as text
     * @param extra fields this SDK does not know
     */
    public record Geolocation(
            @JsonProperty("country") String country,
            @JsonProperty("country_code") String countryCode,
            @JsonProperty("region") String region,
            @JsonProperty("city") String city,
            @JsonProperty("timezone") String timezone,
            @JsonProperty("latitude") String latitude,
            @JsonProperty("longitude") String longitude,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Geolocation {
            extra = Extras.of(extra);
        }
    }

    /**
     * A page the customer opened.
     *
     * @param openedAt when
     * @param url its URL
     * @param title its title
     * @param extra fields this SDK does not know
     */
    public record Page(
            @JsonProperty("opened_at") Timestamp openedAt,
            @JsonProperty("url") String url,
            @JsonProperty("title") String title,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Page {
            extra = Extras.of(extra);
        }
    }
}
