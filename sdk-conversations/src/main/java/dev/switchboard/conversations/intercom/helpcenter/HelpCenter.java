package dev.switchboard.conversations.intercom.helpcenter;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * A Help Center ({@code help_center}): the site that holds collections and articles. A workspace may have several;
 * they are set up in Intercom, and only read through the API.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class HelpCenter extends JsonModel {

    /** @param json the object as sent */
    public HelpCenter(JsonObject json) {
        super(json);
    }

    /**
     * @return the Help Center's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the workspace's id, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String workspaceId() {
        return id("workspace_id");
    }

    /**
     * @return when it was created, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return when it last changed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /**
     * @return its identifier, used in its URL, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String identifier() {
        return string("identifier");
    }

    /**
     * @return whether the site is turned on (a Help Center setting), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean websiteTurnedOn() {
        return bool("website_turned_on");
    }

    /**
     * @return the name teammates see, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String displayName() {
        return string("display_name");
    }

    /**
     * @return its URL (on the custom domain when there is one), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String url() {
        return string("url");
    }

    /**
     * @return its custom domain, or {@code null} when it has none
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String customDomain() {
        return string("custom_domain");
    }
}
