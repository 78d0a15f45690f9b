package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Closes a conversation ({@code close_conversation_request}): {@code {"message_type": "close", "type": "admin",
 * "admin_id", "body"?}}. Made with {@link ManageConversationRequest#close(String)}; immutable.
 */
public final class CloseConversationRequest implements ManageConversationRequest {
    private final String adminId;
    private final String body;

    CloseConversationRequest(String adminId, String body) {
        this.adminId = Checks.notBlank(adminId, "adminId");
        this.body = body;
    }

    /**
     * @param message a message left in the conversation for the contact and teammates
     * @return a copy that leaves that message
     * @throws IllegalArgumentException if it is blank
     */
    public CloseConversationRequest withBody(String message) {
        return new CloseConversationRequest(adminId, Checks.notBlank(message, "body"));
    }

    @JsonValue
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message_type", "close");
        json.put("type", "admin");
        json.put("admin_id", adminId);
        if (body != null) {
            json.put("body", body);
        }
        return Collections.unmodifiableMap(json);
    }

    @Override
    public String toString() {
        return "CloseConversationRequest{admin " + adminId + (body == null ? "" : ", with a message") + "}";
    }
}
