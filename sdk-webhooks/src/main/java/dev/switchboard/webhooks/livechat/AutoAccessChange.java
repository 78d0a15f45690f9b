package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * One auto access rule affected by a change. Rules form a linked list through {@code next_id}, so adding a rule also
 * updates its neighbour: an added rule comes complete, an updated one with its changed fields, a deleted one as
 * {@code {id, status: "deleted"}}. (3.4's {@code auto_access_*} webhooks carry a single rule without {@code status}.)
 *
 * @param id the rule's id
 * @param status {@code added}, {@code updated} or {@code deleted}
 * @param nextId the next rule; empty for the last one
 * @param description its description
 * @param access the groups it grants access to
 * @param conditions when it applies
 * @param extra fields this SDK does not know
 */
public record AutoAccessChange(
        @JsonProperty("id") String id,
        @JsonProperty("status") String status,
        @JsonProperty("next_id") String nextId,
        @JsonProperty("description") String description,
        @JsonProperty("access") GroupAccess access,
        @JsonProperty("conditions") Conditions conditions,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public AutoAccessChange {
        extra = Extras.of(extra);
    }

    /**
     * The groups a rule grants access to. Note {@code groups}, not {@code group_ids} (lc-sdk-js gets this wrong).
     *
     * @param groups the group ids
     * @param extra fields this SDK does not know
     */
    public record GroupAccess(
            @JsonProperty("groups") List<Integer> groups,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps the collections immutable. */
        public GroupAccess {
            groups = Copies.list(groups);
            extra = Extras.of(extra);
        }
    }

    /**
     * When a rule applies.
     *
     * @param url conditions on the page URL
     * @param domain conditions on the domain
     * @param geolocation conditions on the customer's location
     * @param extra fields this SDK does not know
     */
    public record Conditions(
            @JsonProperty("url") Match url,
            @JsonProperty("domain") Match domain,
            @JsonProperty("geolocation") GeoMatch geolocation,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Conditions {
            extra = Extras.of(extra);
        }
    }

    /**
     * Text conditions: values that must, or must not, match.
     *
     * @param values values that must match
     * @param excludeValues values that must not match
     * @param extra fields this SDK does not know
     */
    public record Match(
            @JsonProperty("values") List<MatchValue> values,
            @JsonProperty("exclude_values") List<MatchValue> excludeValues,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps the collections immutable. */
        public Match {
            values = Copies.list(values);
            excludeValues = Copies.list(excludeValues);
            extra = Extras.of(extra);
        }
    }

    /**
     * A text to match.
     *
     * @param value the text
     * @param exactMatch whether it must match exactly rather than be contained
     * @param extra fields this SDK does not know
     */
    public record MatchValue(
            @JsonProperty("value") String value,
            @JsonProperty("exact_match") Boolean exactMatch,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public MatchValue {
            extra = Extras.of(extra);
        }
    }

    /**
     * Location conditions.
     *
     * @param values the locations
     * @param extra fields this SDK does not know
     */
    public record GeoMatch(
            @JsonProperty("values") List<Location> values,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps the collections immutable. */
        public GeoMatch {
            values = Copies.list(values);
            extra = Extras.of(extra);
        }
    }

    /**
     * A location to match.
     *
     * @param country the country name
     * @param countryCode the ISO country code
     * @param region the region
     * @param city the city
     * @param extra fields this SDK does not know
     */
    public record Location(
            @JsonProperty("country") String country,
            @JsonProperty("country_code") String countryCode,
            @JsonProperty("region") String region,
            @JsonProperty("city") String city,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Location {
            extra = Extras.of(extra);
        }
    }
}
