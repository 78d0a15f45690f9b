package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of {@code POST /conversations/redact}, one of the spec's two shapes: a conversation part
 * ({@code {"type": "conversation_part", "conversation_id", "conversation_part_id"}}) or a conversation's source message
 * ({@code {"type": "source", "conversation_id", "source_id"}}). The ids are sent as strings, as the schema types them.
 * Intercom refuses ({@code conversation_part_not_redactable}) a part without a body, or a source a contact did not
 * write; an unknown part or source is a {@code 404 conversation_part_or_message_not_found}.
 *
 * <pre>{@code
 * conversations.redact(RedactConversationRequest.part("608", "149"));
 * conversations.redact(RedactConversationRequest.source("608", "403918391"));
 * }</pre>
 */
public final class RedactConversationRequest {
    private final Map<String, Object> json;

    private RedactConversationRequest(String type, String conversationId, String idField, String id, String idName) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put("conversation_id", Checks.notBlank(conversationId, "conversationId"));
        json.put(idField, Checks.notBlank(id, idName));
        this.json = Collections.unmodifiableMap(json);
    }

    /**
     * @param conversationId the conversation's id
     * @param partId the id of the part to redact
     * @return a request redacting that part
     * @throws IllegalArgumentException if an id is blank
     */
    public static RedactConversationRequest part(String conversationId, String partId) {
        return new RedactConversationRequest("conversation_part", conversationId, "conversation_part_id", partId, "partId");
    }

    /**
     * @param conversationId the conversation's id
     * @param sourceId the id of its source message ({@code source.id})
     * @return a request redacting that source
     * @throws IllegalArgumentException if an id is blank
     */
    public static RedactConversationRequest source(String conversationId, String sourceId) {
        return new RedactConversationRequest("source", conversationId, "source_id", sourceId, "sourceId");
    }

    /** @return {@code conversation_part} or {@code source} */
    public String type() {
        return (String) json.get("type");
    }

    /** @return the request body as JSON maps and scalars, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        return json;
    }

    @Override
    public String toString() {
        return "RedactConversationRequest" + json;
    }
}
