package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Assigns a conversation to an admin or a team ({@code assign_conversation_request}): {@code {"message_type":
 * "assignment", "type": "admin"|"team", "admin_id", "assignee_id", "body"?}}. A conversation can have both an admin
 * and a team; an {@code assignee_id} of {@code "0"} leaves it with no admin (or no team). Made with
 * {@link ManageConversationRequest#assignToAdmin(String, String)} or
 * {@link ManageConversationRequest#assignToTeam(String, String)}; immutable.
 */
public final class AssignConversationRequest implements ManageConversationRequest {
    private final String type;
    private final String adminId;
    private final String assigneeId;
    private final String body;

    AssignConversationRequest(String type, String adminId, String assigneeId, String body) {
        this.type = type;
        this.adminId = Checks.notBlank(adminId, "adminId");
        this.assigneeId = Checks.notBlank(assigneeId, "assigneeId");
        this.body = body;
    }

    /**
     * @param message a reply sent in the conversation as it is assigned
     * @return a copy that sends that reply
     * @throws IllegalArgumentException if it is blank
     */
    public AssignConversationRequest withBody(String message) {
        return new AssignConversationRequest(type, adminId, assigneeId, Checks.notBlank(message, "body"));
    }

    /** @return {@code admin} or {@code team} */
    public String assigneeType() {
        return type;
    }

    /** @return the admin's or team's id; {@code "0"} unassigns */
    public String assigneeId() {
        return assigneeId;
    }

    @JsonValue
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message_type", "assignment");
        json.put("type", type);
        json.put("admin_id", adminId);
        json.put("assignee_id", assigneeId);
        if (body != null) {
            json.put("body", body);
        }
        return Collections.unmodifiableMap(json);
    }

    @Override
    public String toString() {
        return "AssignConversationRequest{" + type + " " + assigneeId + " by admin " + adminId
                + (body == null ? "" : ", with a message") + "}";
    }
}
