package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Extras;
import dev.switchboard.core.json.Json;
import dev.switchboard.webhooks.internal.Copies;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * A system event (3.6, receive only; the intended successor of {@code system_message}), for example an order created
 * in a connected store. Its {@code details} arrive as a JSON-encoded <em>string</em>; they are kept exactly as sent,
 * and {@link #parsedDetails()} decodes them.
 *
 * @param id the event's id
 * @param customId the sender's id for it, or {@code null}
 * @param type {@code system}
 * @param authorId who sent it
 * @param createdAt when it was created
 * @param visibility {@code all} or {@code agents}
 * @param properties its properties, or {@code null}
 * @param deleted (3.6) {@code true} when deleted, else {@code null}
 * @param source where it comes from, for example {@code cdp}
 * @param subtype what happened, for example {@code store_order_was_created}
 * @param version the version of the subtype's details
 * @param details the details as sent: usually a JSON string holding a JSON document
 * @param extra fields this SDK does not know
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record SystemEvent(
        @JsonProperty("id") String id,
        @JsonProperty("custom_id") String customId,
        @JsonProperty("type") String type,
        @JsonProperty("author_id") String authorId,
        @JsonProperty("created_at") Timestamp createdAt,
        @JsonProperty("visibility") String visibility,
        @JsonProperty("properties") Map<String, Map<String, Object>> properties,
        @JsonProperty("deleted") Boolean deleted,
        @JsonProperty("source") String source,
        @JsonProperty("subtype") String subtype,
        @JsonProperty("version") Integer version,
        @JsonProperty("details") JsonNode details,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements Event {

    /** Keeps the collections immutable. */
    public SystemEvent {
        properties = Copies.map(properties);
        extra = Extras.of(extra);
    }

    /**
     * @return the details as a JSON tree: the decoded string when they are a JSON-encoded string, the object itself if
     *     a later version sends one; empty when absent or not valid JSON (sdk-core's size and nesting limits apply)
     */
    public Optional<JsonNode> parsedDetails() {
        if (details == null || details.isNull() || details.isMissingNode()) {
            return Optional.empty();
        }
        if (!details.isTextual()) {
            return Optional.of(details);
        }
        try {
            return Optional.of(Json.tree(details.textValue().getBytes(StandardCharsets.UTF_8), "system event details"));
        } catch (DecodeException e) {
            return Optional.empty();
        }
    }
}
