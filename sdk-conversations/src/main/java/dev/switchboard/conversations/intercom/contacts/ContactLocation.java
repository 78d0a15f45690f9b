package dev.switchboard.conversations.intercom.contacts;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * Where a contact is ({@code contact_location}), as Intercom derived it; every field may be {@code null}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ContactLocation extends JsonModel {

    /** @param json the object as sent */
    public ContactLocation(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code location}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the country, for example {@code Ireland}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String country() {
        return string("country");
    }

    /**
     * @return the region, for example {@code Dublin}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String region() {
        return string("region");
    }

    /**
     * @return the city, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String city() {
        return string("city");
    }

    /**
     * @return the country's code, for example {@code IRL} (in the spec's examples, not its schema), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String countryCode() {
        return string("country_code");
    }

    /**
     * @return the continent's code, for example {@code EU} (in the spec's examples, not its schema), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String continentCode() {
        return string("continent_code");
    }
}
