package dev.switchboard.notifications.aloochat;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters of {@link TeamNotificationsClient#list(NotificationFilter)}: type, agent, query, priority, status, sender, a
 * creation-time window and the page size. Unset filters are not sent. Immutable; {@link #all()} filters nothing.
 *
 * <pre>{@code
 * NotificationFilter emails = NotificationFilter.builder()
 *         .notificationType(NotificationType.EMAIL_SENT)
 *         .startDate(Instant.now().minus(Duration.ofDays(7)))
 *         .build();
 * }</pre>
 */
public final class NotificationFilter {
    private static final NotificationFilter ALL = builder().build();

    private final NotificationType notificationType;
    private final String agentId;
    private final String queryId;
    private final NotificationPriority priority;
    private final NotificationStatus status;
    private final String senderId;
    private final Instant startDate;
    private final Instant endDate;
    private final int limit;

    private NotificationFilter(Builder b) {
        this.notificationType = b.notificationType;
        this.agentId = b.agentId;
        this.queryId = b.queryId;
        this.priority = b.priority;
        this.status = b.status;
        this.senderId = b.senderId;
        this.startDate = b.startDate;
        this.endDate = b.endDate;
        this.limit = b.limit;
    }

    /** @return no filters, pages of {@value TeamNotificationsClient#MAX_LIMIT} */
    public static NotificationFilter all() {
        return ALL;
    }

    /** @return a builder with no filters and pages of {@value TeamNotificationsClient#MAX_LIMIT} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from this filter */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.notificationType = notificationType;
        b.agentId = agentId;
        b.queryId = queryId;
        b.priority = priority;
        b.status = status;
        b.senderId = senderId;
        b.startDate = startDate;
        b.endDate = endDate;
        b.limit = limit;
        return b;
    }

    /** @return the {@code notification_type} filter */
    public Optional<NotificationType> notificationType() {
        return Optional.ofNullable(notificationType);
    }

    /** @return the {@code agent_id} filter */
    public Optional<String> agentId() {
        return Optional.ofNullable(agentId);
    }

    /** @return the {@code query_id} filter */
    public Optional<String> queryId() {
        return Optional.ofNullable(queryId);
    }

    /** @return the {@code priority} filter */
    public Optional<NotificationPriority> priority() {
        return Optional.ofNullable(priority);
    }

    /** @return the {@code status} filter */
    public Optional<NotificationStatus> status() {
        return Optional.ofNullable(status);
    }

    /** @return the {@code sender_id} filter */
    public Optional<String> senderId() {
        return Optional.ofNullable(senderId);
    }

    /** @return the {@code start_date} filter: created after this instant */
    public Optional<Instant> startDate() {
        return Optional.ofNullable(startDate);
    }

    /** @return the {@code end_date} filter: created before this instant */
    public Optional<Instant> endDate() {
        return Optional.ofNullable(endDate);
    }

    /** @return the page size, 1 to {@value TeamNotificationsClient#MAX_LIMIT} */
    public int limit() {
        return limit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NotificationFilter f && Objects.equals(f.notificationType, notificationType)
                && Objects.equals(f.agentId, agentId) && Objects.equals(f.queryId, queryId)
                && Objects.equals(f.priority, priority) && Objects.equals(f.status, status)
                && Objects.equals(f.senderId, senderId) && Objects.equals(f.startDate, startDate)
                && Objects.equals(f.endDate, endDate) && f.limit == limit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(notificationType, agentId, queryId, priority, status, senderId, startDate, endDate, limit);
    }

    @Override
    public String toString() {
        return "NotificationFilter{notificationType=" + notificationType + ", agentId=" + agentId
                + ", queryId=" + queryId + ", priority=" + priority + ", status=" + status + ", senderId=" + senderId
                + ", startDate=" + startDate + ", endDate=" + endDate + ", limit=" + limit + "}";
    }

    /** Builds a {@link NotificationFilter}; not thread-safe. Every setter checks its argument at once. */
    public static final class Builder {
        private NotificationType notificationType;
        private String agentId;
        private String queryId;
        private NotificationPriority priority;
        private NotificationStatus status;
        private String senderId;
        private Instant startDate;
        private Instant endDate;
        private int limit = TeamNotificationsClient.MAX_LIMIT;

        private Builder() {
        }

        /**
         * @param type only notifications of this type; {@code null} for any
         * @return this builder
         * @throws IllegalArgumentException if {@link NotificationType#EMPTY}
         */
        public Builder notificationType(NotificationType type) {
            this.notificationType = FilterChecks.optionalEnum(type, "notificationType");
            return this;
        }

        /**
         * @param agentId only actions of this agent; {@code null} for any
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder agentId(String agentId) {
            this.agentId = FilterChecks.optionalId(agentId, "agentId");
            return this;
        }

        /**
         * @param queryId only actions taken for this customer-support query; {@code null} for any
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder queryId(String queryId) {
            this.queryId = FilterChecks.optionalId(queryId, "queryId");
            return this;
        }

        /**
         * @param priority only notifications of this priority; {@code null} for any
         * @return this builder
         * @throws IllegalArgumentException if {@link NotificationPriority#EMPTY}
         */
        public Builder priority(NotificationPriority priority) {
            this.priority = FilterChecks.optionalEnum(priority, "priority");
            return this;
        }

        /**
         * @param status only notifications with this status; {@code null} for any
         * @return this builder
         * @throws IllegalArgumentException if {@link NotificationStatus#EMPTY}
         */
        public Builder status(NotificationStatus status) {
            this.status = FilterChecks.optionalEnum(status, "status");
            return this;
        }

        /**
         * @param senderId only notifications sent by this user; {@code null} for any
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder senderId(String senderId) {
            this.senderId = FilterChecks.optionalId(senderId, "senderId");
            return this;
        }

        /**
         * @param start only notifications created after this instant, sent as ISO-8601 UTC; {@code null} for no bound
         * @return this builder
         */
        public Builder startDate(Instant start) {
            this.startDate = start;
            return this;
        }

        /**
         * @param end only notifications created before this instant, sent as ISO-8601 UTC; {@code null} for no bound
         * @return this builder
         */
        public Builder endDate(Instant end) {
            this.endDate = end;
            return this;
        }

        /**
         * @param limit notifications per page, 1 to {@value TeamNotificationsClient#MAX_LIMIT} (the API's maximum, and this
         *     filter's default: fewer requests count against the rate limit)
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder limit(int limit) {
            this.limit = FilterChecks.limit(limit);
            return this;
        }

        /**
         * @return the filter
         * @throws IllegalArgumentException if the end date is before the start date
         */
        public NotificationFilter build() {
            FilterChecks.window(startDate, endDate);
            return new NotificationFilter(this);
        }
    }
}
