package dev.switchboard.notifications.aloochat;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters of {@link TeamNotificationsClient#stats(StatsFilter)}: a date window, a user, a notification type and an
 * agent (the doc's own example counts an agent's {@code agent_action} notifications over 30 days). Unset filters are
 * not sent. Immutable; {@link #all()} filters nothing.
 */
public final class StatsFilter {
    private static final StatsFilter ALL = builder().build();

    private final Instant startDate;
    private final Instant endDate;
    private final String userId;
    private final NotificationType notificationType;
    private final String agentId;

    private StatsFilter(Builder b) {
        this.startDate = b.startDate;
        this.endDate = b.endDate;
        this.userId = b.userId;
        this.notificationType = b.notificationType;
        this.agentId = b.agentId;
    }

    /** @return statistics of every notification, for every user */
    public static StatsFilter all() {
        return ALL;
    }

    /**
     * @param userId a user id
     * @return statistics of that user's notifications, by that user's status
     * @throws IllegalArgumentException if blank
     */
    public static StatsFilter forUser(String userId) {
        return builder().userId(userId).build();
    }

    /** @return a builder with no filters */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the {@code start_date} filter */
    public Optional<Instant> startDate() {
        return Optional.ofNullable(startDate);
    }

    /** @return the {@code end_date} filter */
    public Optional<Instant> endDate() {
        return Optional.ofNullable(endDate);
    }

    /** @return the {@code user_id} filter */
    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }

    /** @return the {@code notification_type} filter */
    public Optional<NotificationType> notificationType() {
        return Optional.ofNullable(notificationType);
    }

    /** @return the {@code agent_id} filter */
    public Optional<String> agentId() {
        return Optional.ofNullable(agentId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatsFilter f && Objects.equals(f.startDate, startDate)
                && Objects.equals(f.endDate, endDate) && Objects.equals(f.userId, userId)
                && Objects.equals(f.notificationType, notificationType) && Objects.equals(f.agentId, agentId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startDate, endDate, userId, notificationType, agentId);
    }

    @Override
    public String toString() {
        return "StatsFilter{startDate=" + startDate + ", endDate=" + endDate + ", userId=" + userId
                + ", notificationType=" + notificationType + ", agentId=" + agentId + "}";
    }

    /** Builds a {@link StatsFilter}; not thread-safe. Every setter checks its argument at once. */
    public static final class Builder {
        private Instant startDate;
        private Instant endDate;
        private String userId;
        private NotificationType notificationType;
        private String agentId;

        private Builder() {
        }

        /**
         * @param start the start of the window, sent as ISO-8601 UTC; {@code null} for no bound
         * @return this builder
         */
        public Builder startDate(Instant start) {
            this.startDate = start;
            return this;
        }

        /**
         * @param end the end of the window, sent as ISO-8601 UTC; {@code null} for no bound
         * @return this builder
         */
        public Builder endDate(Instant end) {
            this.endDate = end;
            return this;
        }

        /**
         * @param userId count only this user's notifications, by the user's own status; {@code null} for everyone
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder userId(String userId) {
            this.userId = FilterChecks.optionalId(userId, "userId");
            return this;
        }

        /**
         * @param type count only notifications of this type; {@code null} for any
         * @return this builder
         * @throws IllegalArgumentException if {@link NotificationType#EMPTY}
         */
        public Builder notificationType(NotificationType type) {
            this.notificationType = FilterChecks.optionalEnum(type, "notificationType");
            return this;
        }

        /**
         * @param agentId count only this agent's notifications; {@code null} for any
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder agentId(String agentId) {
            this.agentId = FilterChecks.optionalId(agentId, "agentId");
            return this;
        }

        /**
         * @return the filter
         * @throws IllegalArgumentException if the end date is before the start date
         */
        public StatsFilter build() {
            FilterChecks.window(startDate, endDate);
            return new StatsFilter(this);
        }
    }
}
