package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * One auto access rule affected by a change. Rules form a linked list through {@code next_id}, so adding a rule also
 * updates its neighbour: an added rule comes complete, an updated one with its changed fields, a deleted one as
 * {@code {id, status: "deleted"}}. (3.4's {@code auto_access_*} webhooks carry a single rule without {@code status}.)
 */
public final class AutoAccessChange extends LiveChatModel {

    /** @param json the object as sent */
    public AutoAccessChange(JsonObject json) {
        super(json);
    }

    /** @return the rule's id */
    public String id() {
        return id("id");
    }

    /** @return {@code added}, {@code updated} or {@code deleted} */
    public String status() {
        return string("status");
    }

    /** @return the next rule; empty for the last one */
    public String nextId() {
        return id("next_id");
    }

    /** @return its description */
    public String description() {
        return string("description");
    }

    /**
     * @return the groups it grants access to
     * @throws DecodeException if it is not an object
     */
    public GroupAccess access() {
        return object("access", GroupAccess::new);
    }

    /**
     * @return when it applies
     * @throws DecodeException if it is not an object
     */
    public Conditions conditions() {
        return object("conditions", Conditions::new);
    }

    /** The groups a rule grants access to. Note {@code groups}, not {@code group_ids} (lc-sdk-js gets this wrong). */
    public static final class GroupAccess extends LiveChatModel {

        /** @param json the object as sent */
        public GroupAccess(JsonObject json) {
            super(json);
        }

        /**
         * @return the group ids
         * @throws DecodeException if they are not an array
         */
        public List<Integer> groups() {
            return integers("groups");
        }
    }

    /** When a rule applies. */
    public static final class Conditions extends LiveChatModel {

        /** @param json the object as sent */
        public Conditions(JsonObject json) {
            super(json);
        }

        /**
         * @return conditions on the page URL
         * @throws DecodeException if they are not an object
         */
        public Match url() {
            return object("url", Match::new);
        }

        /**
         * @return conditions on the domain
         * @throws DecodeException if they are not an object
         */
        public Match domain() {
            return object("domain", Match::new);
        }

        /**
         * @return conditions on the customer's location
         * @throws DecodeException if they are not an object
         */
        public GeoMatch geolocation() {
            return object("geolocation", GeoMatch::new);
        }
    }

    /** Text conditions: values that must, or must not, match. */
    public static final class Match extends LiveChatModel {

        /** @param json the object as sent */
        public Match(JsonObject json) {
            super(json);
        }

        /**
         * @return values that must match
         * @throws DecodeException if they are not an array
         */
        public List<MatchValue> values() {
            return list("values", MatchValue::new);
        }

        /**
         * @return values that must not match
         * @throws DecodeException if they are not an array
         */
        public List<MatchValue> excludeValues() {
            return list("exclude_values", MatchValue::new);
        }
    }

    /** A text to match. */
    public static final class MatchValue extends LiveChatModel {

        /** @param json the object as sent */
        public MatchValue(JsonObject json) {
            super(json);
        }

        /** @return the text */
        public String value() {
            return string("value");
        }

        /** @return whether it must match exactly rather than be contained */
        public Boolean exactMatch() {
            return bool("exact_match");
        }
    }

    /** Location conditions. */
    public static final class GeoMatch extends LiveChatModel {

        /** @param json the object as sent */
        public GeoMatch(JsonObject json) {
            super(json);
        }

        /**
         * @return the locations
         * @throws DecodeException if they are not an array
         */
        public List<Location> values() {
            return list("values", Location::new);
        }
    }

    /** A location to match. */
    public static final class Location extends LiveChatModel {

        /** @param json the object as sent */
        public Location(JsonObject json) {
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
    }
}
