package dev.switchboard.conversations.intercom.aicontent;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.Checks;

/**
 * The body of an external page create ({@code create_external_page_request}) or update
 * ({@code update_external_page_request}); the fields each schema requires are the factory's arguments, the others
 * are set with the copies, in the order set. {@code locale} is required by both and has one value, {@code en}: it is
 * always sent. Immutable: each setter returns a copy.
 *
 * <pre>{@code
 * ExternalPageRequest create = ExternalPageRequest.create("Test", "<html><body><h1>Test</h1></body></html>",
 *         "44", "abc1234").url("https://www.example.com").aiAgentAvailability(true);
 * ExternalPageRequest update = ExternalPageRequest.update("Test", "<p>v2</p>", "https://www.example.com", "47");
 * }</pre>
 *
 * <p>A create with the {@code source_id} and {@code external_id} of an existing page updates that page instead.
 * The two schemas differ: the create has {@code ai_agent_availability} and {@code ai_copilot_availability} (both
 * default to false on a new page), the update {@code fin_availability} and an optional {@code external_id}; each
 * setter is offered on both, as the API's responses carry all of them. {@code source_id} is sent as an integer.
 */
public final class ExternalPageRequest {
    private final boolean create;
    private final JsonObject body;

    private ExternalPageRequest(boolean create, JsonObject body) {
        this.create = create;
        this.body = body;
    }

    /**
     * @param title the title
     * @param html the body, in HTML
     * @param sourceId the content import source it belongs to (an integer id)
     * @param externalId its id in the source, unique within the source
     * @return a create request (an upsert: an existing page with that source and external id is updated)
     * @throws IllegalArgumentException if a text is blank or the source is not an integer id
     */
    public static ExternalPageRequest create(String title, String html, String sourceId, String externalId) {
        return new ExternalPageRequest(true, JsonObject.of("title", Checks.notBlank(title, "title"),
                "html", Checks.notBlank(html, "html"), "locale", "en", "source_id", sourceId(sourceId),
                "external_id", Checks.notBlank(externalId, "externalId")));
    }

    /**
     * @param title the title
     * @param html the body, in HTML
     * @param url the URL Fin links users to
     * @param sourceId the content import source it belongs to (an integer id)
     * @return an update request (only a page created through the API can be updated)
     * @throws IllegalArgumentException if a text is blank or the source is not an integer id
     */
    public static ExternalPageRequest update(String title, String html, String url, String sourceId) {
        return new ExternalPageRequest(false, JsonObject.of("title", Checks.notBlank(title, "title"),
                "html", Checks.notBlank(html, "html"), "url", Checks.notBlank(url, "url"), "locale", "en",
                "source_id", sourceId(sourceId)));
    }

    /**
     * @param pageUrl the URL Fin links users to; a page without one is not cited
     * @return a copy with that URL
     * @throws IllegalArgumentException if it is blank
     */
    public ExternalPageRequest url(String pageUrl) {
        return with("url", Checks.notBlank(pageUrl, "url"));
    }

    /**
     * @param available whether the AI Agent answers from the page
     * @return a copy with that setting
     */
    public ExternalPageRequest aiAgentAvailability(boolean available) {
        return with("ai_agent_availability", available);
    }

    /**
     * @param available whether Copilot answers from the page
     * @return a copy with that setting
     */
    public ExternalPageRequest aiCopilotAvailability(boolean available) {
        return with("ai_copilot_availability", available);
    }

    /**
     * @param available whether Fin answers from the page (the update schema's field; deprecated in responses)
     * @return a copy with that setting
     */
    public ExternalPageRequest finAvailability(boolean available) {
        return with("fin_availability", available);
    }

    /**
     * @param id the page's id in its source, unique within the source
     * @return a copy with that external id
     * @throws IllegalArgumentException if it is blank
     */
    public ExternalPageRequest externalId(String id) {
        return with("external_id", Checks.notBlank(id, "externalId"));
    }

    /** @return whether this is a create request ({@link #create}), for the client's check */
    boolean isCreate() {
        return create;
    }

    /** @return the body as sent */
    @JsonValue
    public JsonObject toJson() {
        return body;
    }

    /** @return the kind and the field names set, never their values */
    @Override
    public String toString() {
        return "ExternalPageRequest{" + (create ? "create" : "update") + ", fields " + body.keySet() + "}";
    }

    private ExternalPageRequest with(String key, Object value) {
        return new ExternalPageRequest(create, body.with(key, value));
    }

    private static long sourceId(String id) {
        String digits = Checks.integerId(id, "sourceId");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sourceId must be an integer id of 64 bits, was '" + id + "'");
        }
    }
}
