package dev.switchboard.conversations.intercom.visitors;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * Where a visitor was seen ({@code location_data}). Intercom sends {@code {}} when it does not know.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class VisitorLocation extends JsonModel {

    /** @param json the object as sent */
    public VisitorLocation(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code location_data}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the city, for example {@code Dublin}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String cityName() {
        return string("city_name");
    }

    /**
     * @return the continent's code, for example {@code EU}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String continentCode() {
        return string("continent_code");
    }

    /**
     * @return the country's code, for example {@code IRL}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String countryCode() {
        return string("country_code");
    }

    /**
     * @return the country, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String countryName() {
        return string("country_name");
    }

    /**
     * @return the postal code, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String postalCode() {
        return string("postal_code");
    }

    /**
     * @return the region, for example {@code Leinster}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String regionName() {
        return string("region_name");
    }

    /**
     * @return the time zone, for example {@code Europe/Dublin}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String timezone() {
        return string("timezone");
    }
}
