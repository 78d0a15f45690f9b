package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Snoozes a conversation until a time ({@code snooze_conversation_request}): {@code {"message_type": "snoozed",
 * "admin_id", "snoozed_until"}}, the time in epoch seconds. Made with
 * {@link ManageConversationRequest#snooze(String, Instant)}; immutable.
 */
public final class SnoozeConversationRequest implements ManageConversationRequest {
    private final String adminId;
    private final Instant until;

    SnoozeConversationRequest(String adminId, Instant until) {
        this.adminId = Checks.notBlank(adminId, "adminId");
        this.until = Objects.requireNonNull(until, "until");
    }

    /** @return when the conversation reopens */
    public Instant until() {
        return until;
    }

    @JsonValue
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message_type", "snoozed");
        json.put("admin_id", adminId);
        json.put("snoozed_until", until.getEpochSecond());
        return Collections.unmodifiableMap(json);
    }

    @Override
    public String toString() {
        return "SnoozeConversationRequest{admin " + adminId + ", until " + until + "}";
    }
}
