package dev.switchboard.notifications.aloochat;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One AlooChat team notification: an action an AI agent took while resolving a customer query (an email sent, a
 * Slack message, an API call, a tool used) or a system notice, with its recipients and their read status.
 *
 * <p>A typed view over the notification's JSON (see {@link JsonModel}): every accessor may return {@code null}
 * (the naturally empty {@code sender_id}, {@code metadata}, {@code action_url}, {@code expires_at} and
 * {@code sender} often are), and the notification is written back exactly as the server sent it: {@code null}s,
 * absent fields, timestamps in their own text and fields this SDK version does not know included
 * ({@code json().get(name)} reads any field).
 */
public final class TeamNotification extends JsonModel {

    /** @param json the notification as sent */
    public TeamNotification(JsonObject json) {
        super(json);
    }

    /**
     * @return the notification id (a UUID), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code id} is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the company ({@code company_id}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code company_id} is neither a string nor an integer
     */
    public String companyId() {
        return id("company_id");
    }

    /**
     * @return the user who sent it ({@code sender_id}); {@code null} for system notices
     * @throws dev.switchboard.core.DecodeException if {@code sender_id} is neither a string nor an integer
     */
    public String senderId() {
        return id("sender_id");
    }

    /**
     * @return its kind ({@code notification_type}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code notification_type} is not a string
     */
    public NotificationType notificationType() {
        return openEnum("notification_type", NotificationType::of);
    }

    /**
     * @return its priority, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code priority} is not a string
     */
    public NotificationPriority priority() {
        return openEnum("priority", NotificationPriority::of);
    }

    /**
     * @return its status (for {@link TeamNotificationsClient#forUser}, the user's own status), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code status} is not a string
     */
    public NotificationStatus status() {
        return openEnum("status", NotificationStatus::of);
    }

    /**
     * @return a one-line summary, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code title} is not a string
     */
    public String title() {
        return string("title");
    }

    /**
     * @return the full text, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code message} is not a string
     */
    public String message() {
        return string("message");
    }

    /**
     * @return what the agent did: agent, query, tool, execution time and any other keys; {@code null} when absent or
     *     null
     * @throws dev.switchboard.core.DecodeException if {@code metadata} is not an object
     */
    public NotificationMetadata metadata() {
        return object("metadata", NotificationMetadata::new);
    }

    /**
     * @return where to see it in the AlooChat app ({@code action_url}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code action_url} is not a string
     */
    public String actionUrl() {
        return string("action_url");
    }

    /**
     * @return when it expires ({@code expires_at}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code expires_at} is not a timestamp
     */
    public Instant expiresAt() {
        return instant("expires_at");
    }

    /**
     * @return when it was created ({@code created_at}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code created_at} is not a timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return when it was last updated ({@code updated_at}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code updated_at} is not a timestamp
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /**
     * @return the sending user; {@code null} for system notices
     * @throws dev.switchboard.core.DecodeException if {@code sender} is not an object
     */
    public NotificationUser sender() {
        return object("sender", NotificationUser::new);
    }

    /**
     * @return who receives it, each with their own status; {@code null} when the server sent none
     * @throws dev.switchboard.core.DecodeException if {@code recipients} is not an array (an element that is not an
     *     object throws when it is read)
     */
    public List<NotificationRecipient> recipients() {
        return list("recipients", NotificationRecipient::new);
    }

    /**
     * @param userId a user id
     * @return that user's recipient entry, if the user is a recipient; empty when there are no recipients
     * @throws dev.switchboard.core.DecodeException if {@code recipients}, or an entry read before the user's, is not
     *     of the documented shape
     */
    public Optional<NotificationRecipient> recipient(String userId) {
        for (NotificationRecipient r : listOrEmpty("recipients", NotificationRecipient::new)) {
            if (r != null && Objects.equals(r.userId(), userId)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
