package dev.switchboard.notifications.aloochat;

import java.util.Objects;
import java.util.Optional;

/**
 * The filters of {@link TeamNotificationsClient#forUser(String, UserNotificationFilter)}: the user's own status, the type,
 * the priority and the page size. Unset filters are not sent. Immutable; {@link #all()} filters nothing.
 */
public final class UserNotificationFilter {
    private static final UserNotificationFilter ALL = builder().build();

    private final NotificationStatus status;
    private final NotificationType notificationType;
    private final NotificationPriority priority;
    private final int limit;

    private UserNotificationFilter(Builder b) {
        this.status = b.status;
        this.notificationType = b.notificationType;
        this.priority = b.priority;
        this.limit = b.limit;
    }

    /** @return no filters, pages of {@value TeamNotificationsClient#MAX_LIMIT} */
    public static UserNotificationFilter all() {
        return ALL;
    }

    /** @return a builder with no filters and pages of {@value TeamNotificationsClient#MAX_LIMIT} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the {@code status} filter: the user's read status */
    public Optional<NotificationStatus> status() {
        return Optional.ofNullable(status);
    }

    /** @return the {@code notification_type} filter */
    public Optional<NotificationType> notificationType() {
        return Optional.ofNullable(notificationType);
    }

    /** @return the {@code priority} filter */
    public Optional<NotificationPriority> priority() {
        return Optional.ofNullable(priority);
    }

    /** @return the page size, 1 to {@value TeamNotificationsClient#MAX_LIMIT} */
    public int limit() {
        return limit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserNotificationFilter f && Objects.equals(f.status, status)
                && Objects.equals(f.notificationType, notificationType) && Objects.equals(f.priority, priority)
                && f.limit == limit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, notificationType, priority, limit);
    }

    @Override
    public String toString() {
        return "UserNotificationFilter{status=" + status + ", notificationType=" + notificationType + ", priority="
                + priority + ", limit=" + limit + "}";
    }

    /** Builds a {@link UserNotificationFilter}; not thread-safe. Every setter checks its argument at once. */
    public static final class Builder {
        private NotificationStatus status;
        private NotificationType notificationType;
        private NotificationPriority priority;
        private int limit = TeamNotificationsClient.MAX_LIMIT;

        private Builder() {
        }

        /**
         * @param status only notifications the user has in this status; {@code null} for any
         * @return this builder
         * @throws IllegalArgumentException if {@link NotificationStatus#EMPTY}
         */
        public Builder status(NotificationStatus status) {
            this.status = FilterChecks.optionalEnum(status, "status");
            return this;
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
         * @param priority only notifications of this priority; {@code null} for any
         * @return this builder
         * @throws IllegalArgumentException if {@link NotificationPriority#EMPTY}
         */
        public Builder priority(NotificationPriority priority) {
            this.priority = FilterChecks.optionalEnum(priority, "priority");
            return this;
        }

        /**
         * @param limit notifications per page, 1 to {@value TeamNotificationsClient#MAX_LIMIT} (the default)
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder limit(int limit) {
            this.limit = FilterChecks.limit(limit);
            return this;
        }

        /** @return the filter */
        public UserNotificationFilter build() {
            return new UserNotificationFilter(this);
        }
    }
}
