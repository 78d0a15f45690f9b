package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * An agent's account, as the configuration webhooks carry it: complete for {@code agent_created} (empty fields
 * included), only the changed fields for {@code agent_updated}, and only the {@code id} for {@code agent_approved},
 * {@code agent_suspended}, {@code agent_unsuspended} and {@code agent_deleted}.
 *
 * @param id the agent's id, an e-mail
 * @param accountId the LiveChat account id
 * @param name the name
 * @param avatar the avatar URL
 * @param role {@code viceowner}, {@code administrator} or {@code normal}
 * @param loginStatus {@code accepting chats} or {@code not accepting chats}
 * @param jobTitle the job title
 * @param mobile the phone number
 * @param maxChatsCount the most chats at once
 * @param awaitingApproval whether the account awaits approval
 * @param groups the agent's groups and priorities
 * @param notifications the notifications the agent gets, for example {@code new_visitor}
 * @param emailSubscriptions the reports the agent gets, for example {@code weekly_summary}
 * @param workScheduler when the agent works
 * @param extra fields this SDK does not know
 */
public record AgentAccount(
        @JsonProperty("id") String id,
        @JsonProperty("account_id") String accountId,
        @JsonProperty("name") String name,
        @JsonProperty("avatar") String avatar,
        @JsonProperty("role") String role,
        @JsonProperty("login_status") RoutingStatus loginStatus,
        @JsonProperty("job_title") String jobTitle,
        @JsonProperty("mobile") String mobile,
        @JsonProperty("max_chats_count") Integer maxChatsCount,
        @JsonProperty("awaiting_approval") Boolean awaitingApproval,
        @JsonProperty("groups") List<GroupPriority> groups,
        @JsonProperty("notifications") List<String> notifications,
        @JsonProperty("email_subscriptions") List<String> emailSubscriptions,
        @JsonProperty("work_scheduler") WorkScheduler workScheduler,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the collections immutable. */
    public AgentAccount {
        groups = Copies.list(groups);
        notifications = Copies.list(notifications);
        emailSubscriptions = Copies.list(emailSubscriptions);
        extra = Extras.of(extra);
    }
}
