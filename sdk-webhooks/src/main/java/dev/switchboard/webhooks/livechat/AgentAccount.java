package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * An agent's account, as the configuration webhooks carry it: complete for {@code agent_created} (empty fields
 * included), only the changed fields for {@code agent_updated}, and only the {@code id} for {@code agent_approved},
 * {@code agent_suspended}, {@code agent_unsuspended} and {@code agent_deleted}.
 */
public final class AgentAccount extends LiveChatModel {

    /** @param json the object as sent */
    public AgentAccount(JsonObject json) {
        super(json);
    }

    /** @return the agent's id, an e-mail */
    public String id() {
        return id("id");
    }

    /** @return the LiveChat account id */
    public String accountId() {
        return id("account_id");
    }

    /** @return the name */
    public String name() {
        return string("name");
    }

    /** @return the avatar URL */
    public String avatar() {
        return string("avatar");
    }

    /** @return {@code viceowner}, {@code administrator} or {@code normal} */
    public String role() {
        return string("role");
    }

    /**
     * @return {@code accepting chats} or {@code not accepting chats}, kept as spelled
     * @throws DecodeException if it is not a string
     */
    public RoutingStatus loginStatus() {
        return openEnum("login_status", RoutingStatus::of);
    }

    /** @return the job title */
    public String jobTitle() {
        return string("job_title");
    }

    /** @return the phone number */
    public String mobile() {
        return string("mobile");
    }

    /** @return the most chats at once */
    public Integer maxChatsCount() {
        return integer("max_chats_count");
    }

    /** @return whether the account awaits approval */
    public Boolean awaitingApproval() {
        return bool("awaiting_approval");
    }

    /**
     * @return the agent's groups and priorities
     * @throws DecodeException if they are not an array
     */
    public List<GroupPriority> groups() {
        return list("groups", GroupPriority::new);
    }

    /**
     * @return the notifications the agent gets, for example {@code new_visitor}
     * @throws DecodeException if they are not an array
     */
    public List<String> notifications() {
        return strings("notifications");
    }

    /**
     * @return the reports the agent gets, for example {@code weekly_summary}
     * @throws DecodeException if they are not an array
     */
    public List<String> emailSubscriptions() {
        return strings("email_subscriptions");
    }

    /**
     * @return when the agent works
     * @throws DecodeException if it is not an object
     */
    public WorkScheduler workScheduler() {
        return object("work_scheduler", WorkScheduler::new);
    }
}
