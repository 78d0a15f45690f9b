package dev.switchboard.notifications.aloochat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One AlooChat team notification: an action an AI agent took while resolving a customer query (an email sent, a
 * Slack message, an API call, a tool used) or a system notice, with its recipients and their read status.
 *
 * <p>Fields that are naturally empty ({@code sender_id}, {@code metadata}, {@code action_url}, {@code expires_at},
 * {@code sender}) are written back as {@code null} when they are {@code null}, as the API sends them; the other
 * components are left out when {@code null}. Timestamps are written in ISO-8601 UTC ({@code 2024-01-10T10:00:00Z},
 * with a fraction of a second only when there is one), the form AlooChat documents.
 *
 * @param id the notification id (a UUID)
 * @param companyId the company ({@code company_id})
 * @param senderId the user who sent it ({@code sender_id})
 * @param notificationType its kind ({@code notification_type})
 * @param priority its priority
 * @param status its status (for {@link TeamNotifications#forUser}, the user's own status)
 * @param title a one-line summary
 * @param message the full text
 * @param metadata what the agent did: agent, query, tool, execution time and any other keys
 * @param actionUrl where to see it in the AlooChat app ({@code action_url})
 * @param expiresAt when it expires ({@code expires_at})
 * @param createdAt when it was created ({@code created_at})
 * @param updatedAt when it was last updated ({@code updated_at})
 * @param sender the sending user
 * @param recipients who receives it, each with their own status
 * @param extra fields this SDK version does not know, kept for the round trip
 */
public record TeamNotification(
        @JsonProperty("id") String id,
        @JsonProperty("company_id") String companyId,
        @JsonProperty("sender_id") @JsonInclude(JsonInclude.Include.ALWAYS) String senderId,
        @JsonProperty("notification_type") NotificationType notificationType,
        @JsonProperty("priority") NotificationPriority priority,
        @JsonProperty("status") NotificationStatus status,
        @JsonProperty("title") String title,
        @JsonProperty("message") String message,
        @JsonProperty("metadata") @JsonInclude(JsonInclude.Include.ALWAYS) NotificationMetadata metadata,
        @JsonProperty("action_url") @JsonInclude(JsonInclude.Include.ALWAYS) String actionUrl,
        @JsonProperty("expires_at") @JsonInclude(JsonInclude.Include.ALWAYS) Instant expiresAt,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("sender") @JsonInclude(JsonInclude.Include.ALWAYS) NotificationUser sender,
        @JsonProperty("recipients") List<NotificationRecipient> recipients,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Makes the recipients and unknown fields immutable. */
    public TeamNotification {
        recipients = recipients == null ? null : Collections.unmodifiableList(new java.util.ArrayList<>(recipients));
        extra = Extras.of(extra);
    }

    /**
     * @param userId a user id
     * @return that user's recipient entry, if the user is a recipient
     */
    public java.util.Optional<NotificationRecipient> recipient(String userId) {
        if (recipients == null) {
            return java.util.Optional.empty();
        }
        return recipients.stream().filter(r -> r != null && java.util.Objects.equals(r.userId(), userId)).findFirst();
    }
}
