package dev.switchboard.conversations.intercom;

import java.time.Instant;
import java.util.Map;

/**
 * The body of {@code POST /conversations/{id}/parts} ("manage a conversation"), one of the spec's four shapes, each
 * its own type: close ({@link CloseConversationRequest}), snooze until a time ({@link SnoozeConversationRequest}),
 * open a snoozed or closed conversation ({@link OpenConversationRequest}), and assign to an admin or a team
 * ({@link AssignConversationRequest}). Each names the admin performing the action ({@code admin_id}, sent as a
 * string as the schemas type it). Checked when built, before anything is sent.
 *
 * <pre>{@code
 * conversations.manage("123", ManageConversationRequest.close("991267708").withBody("Goodbye :)"));
 * conversations.manage("123", ManageConversationRequest.snooze("991267710", Instant.parse("2026-05-02T09:00:00Z")));
 * conversations.manage("123", ManageConversationRequest.assignToTeam("991267715", "5017691"));
 * conversations.manage("123", ManageConversationRequest.assignToAdmin("991267715", "0"));   // "0" unassigns
 * }</pre>
 */
public sealed interface ManageConversationRequest
        permits CloseConversationRequest, SnoozeConversationRequest, OpenConversationRequest, AssignConversationRequest {

    /** @return the request body as JSON maps and scalars, in wire order */
    Map<String, Object> toJson();

    /** @return {@code close}, {@code snoozed}, {@code open} or {@code assignment} */
    default String messageType() {
        return (String) toJson().get("message_type");
    }

    /**
     * @param adminId the admin closing the conversation
     * @return a close request, without a message (add one with {@link CloseConversationRequest#withBody})
     * @throws IllegalArgumentException if {@code adminId} is blank
     */
    static CloseConversationRequest close(String adminId) {
        return new CloseConversationRequest(adminId, null);
    }

    /**
     * @param adminId the admin snoozing the conversation
     * @param until when it reopens; sent as epoch seconds
     * @return a snooze request
     * @throws IllegalArgumentException if {@code adminId} is blank
     */
    static SnoozeConversationRequest snooze(String adminId, Instant until) {
        return new SnoozeConversationRequest(adminId, until);
    }

    /**
     * @param adminId the admin opening the conversation
     * @return an open request, for a snoozed or closed conversation
     * @throws IllegalArgumentException if {@code adminId} is blank
     */
    static OpenConversationRequest open(String adminId) {
        return new OpenConversationRequest(adminId);
    }

    /**
     * @param adminId the admin performing the assignment
     * @param assigneeId the admin to assign, or {@code "0"} for no admin
     * @return an assignment to an admin ({@code "type": "admin"})
     * @throws IllegalArgumentException if an id is blank
     */
    static AssignConversationRequest assignToAdmin(String adminId, String assigneeId) {
        return new AssignConversationRequest("admin", adminId, assigneeId, null);
    }

    /**
     * @param adminId the admin performing the assignment
     * @param teamId the team to assign, or {@code "0"} for no team
     * @return an assignment to a team ({@code "type": "team"})
     * @throws IllegalArgumentException if an id is blank
     */
    static AssignConversationRequest assignToTeam(String adminId, String teamId) {
        return new AssignConversationRequest("team", adminId, teamId, null);
    }
}
