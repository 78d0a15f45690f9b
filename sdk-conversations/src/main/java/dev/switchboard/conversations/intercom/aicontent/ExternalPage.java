package dev.switchboard.conversations.intercom.aicontent;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * An external page of Fin's content library ({@code external_page}): HTML from a {@link ContentImportSource}, used by
 * the AI Agent, Copilot and Sales Agent to answer questions, and linked to by its URL.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ExternalPage extends JsonModel {

    /** @param json the object as sent */
    public ExternalPage(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code external_page}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the page's id, given by Intercom (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return its title, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String title() {
        return string("title");
    }

    /**
     * @return its body in HTML, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String html() {
        return string("html");
    }

    /**
     * @return the URL Fin links users to, or {@code null} (then Fin does not cite the page)
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String url() {
        return string("url");
    }

    /**
     * @return whether the AI Agent answers from it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean aiAgentAvailability() {
        return bool("ai_agent_availability");
    }

    /**
     * @return whether Copilot answers from it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean aiCopilotAvailability() {
        return bool("ai_copilot_availability");
    }

    /**
     * @return whether the AI Sales Agent answers from it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean aiSalesAgentAvailability() {
        return bool("ai_sales_agent_availability");
    }

    /**
     * @return whether Fin answers from it: deprecated by Intercom in favour of {@link #aiAgentAvailability()} and
     *     {@link #aiCopilotAvailability()}, still sent; or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean finAvailability() {
        return bool("fin_availability");
    }

    /**
     * @return its locale, always {@code en} today, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String locale() {
        return string("locale");
    }

    /**
     * @return the id of the content import source it belongs to (sent as an integer, read as its digits), or
     *     {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String sourceId() {
        return id("source_id");
    }

    /**
     * @return its id in the source, unique within the source (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String externalId() {
        return id("external_id");
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
     * @return when Intercom last ingested it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant lastIngestedAt() {
        return instant("last_ingested_at");
    }
}
