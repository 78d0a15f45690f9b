package dev.switchboard.conversations.intercom.admins;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * A workspace ({@code app}, "app" in Intercom's older terms), as {@link Admin#app()} gives it for the token's admin.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class App extends JsonModel {

    /** @param json the object as sent */
    public App(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code app}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the workspace's id ({@code id_code}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String idCode() {
        return id("id_code");
    }

    /**
     * @return its name, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String name() {
        return string("name");
    }

    /**
     * @return the Intercom region it is hosted in, for example {@code US}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String region() {
        return string("region");
    }

    /**
     * @return its time zone, for example {@code America/Los_Angeles}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String timezone() {
        return string("timezone");
    }

    /**
     * @return when it was created, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return whether it uses identity verification, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean identityVerification() {
        return bool("identity_verification");
    }

    /**
     * @return {@code secure}, which the spec's example sends and its schema does not declare, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean secure() {
        return bool("secure");
    }
}
