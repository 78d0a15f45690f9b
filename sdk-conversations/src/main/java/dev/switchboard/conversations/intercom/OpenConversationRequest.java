package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opens a snoozed or closed conversation ({@code open_conversation_request}): {@code {"message_type": "open",
 * "admin_id"}}. Made with {@link ManageConversationRequest#open(String)}; immutable.
 */
public final class OpenConversationRequest implements ManageConversationRequest {
    private final String adminId;

    OpenConversationRequest(String adminId) {
        this.adminId = Checks.notBlank(adminId, "adminId");
    }

    @JsonValue
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message_type", "open");
        json.put("admin_id", adminId);
        return Collections.unmodifiableMap(json);
    }

    @Override
    public String toString() {
        return "OpenConversationRequest{admin " + adminId + "}";
    }
}
