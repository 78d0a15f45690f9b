package dev.switchboard.notifications.suger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filters of {@link NotificationEventsClient#list(EventFilter)}: a date window, priorities, a message substring and the
 * page size. Immutable; {@link #all()} is the default.
 *
 * <p><b>Priorities are always sent.</b> Suger changed what an absent {@code priorities} parameter means, from "all
 * priorities" to "HIGH and CRITICAL only", so this filter never leaves it out: by default it asks for all four,
 * {@code priorities=LOW,MEDIUM,HIGH,CRITICAL}.
 *
 * <pre>{@code
 * EventFilter lastWeek = EventFilter.builder()
 *         .startDate(LocalDate.now(ZoneOffset.UTC).minusDays(7))
 *         .priorities(AuditingEventPriority.HIGH, AuditingEventPriority.CRITICAL)
 *         .message("expire")
 *         .build();
 * }</pre>
 */
public final class EventFilter {
    /** The largest page the API serves, and the page size used unless another is set. */
    public static final int MAX_LIMIT = 1000;
    /** The priorities sent by default: all four, in this order. */
    public static final List<AuditingEventPriority> ALL_PRIORITIES = List.of(AuditingEventPriority.LOW,
            AuditingEventPriority.MEDIUM, AuditingEventPriority.HIGH, AuditingEventPriority.CRITICAL);

    private static final EventFilter ALL = builder().build();

    private final LocalDate startDate;
    private final LocalDate endDate;
    private final List<AuditingEventPriority> priorities;
    private final String message;
    private final int limit;

    private EventFilter(Builder b) {
        this.startDate = b.startDate;
        this.endDate = b.endDate;
        this.priorities = List.copyOf(b.priorities);
        this.message = b.message;
        this.limit = b.limit;
    }

    /** @return every event of the server's default window (the 30 days up to today, UTC), all four priorities */
    public static EventFilter all() {
        return ALL;
    }

    /** @return a builder: no dates, all four priorities, no message filter, pages of {@value #MAX_LIMIT} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from this filter */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.startDate = startDate;
        b.endDate = endDate;
        b.priorities.clear();
        b.priorities.addAll(priorities);
        b.message = message;
        b.limit = limit;
        return b;
    }

    /** @return the first day (UTC) of the window; empty for the server's default, 30 days before the end date */
    public Optional<LocalDate> startDate() {
        return Optional.ofNullable(startDate);
    }

    /** @return the last day (UTC) of the window; empty for the server's default, today */
    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(endDate);
    }

    /** @return the priorities asked for, never empty, in the order they are sent */
    public List<AuditingEventPriority> priorities() {
        return priorities;
    }

    /** @return the value of the {@code priorities} parameter, for example {@code LOW,MEDIUM,HIGH,CRITICAL} */
    public String prioritiesParameter() {
        return priorities.stream().map(AuditingEventPriority::value).collect(Collectors.joining(","));
    }

    /** @return the case-insensitive substring the event message must contain, when set */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** @return the page size, 1 to {@value #MAX_LIMIT} */
    public int limit() {
        return limit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventFilter f && Objects.equals(f.startDate, startDate)
                && Objects.equals(f.endDate, endDate)
                && f.priorities.equals(priorities) && Objects.equals(f.message, message) && f.limit == limit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(startDate, endDate, priorities, message, limit);
    }

    @Override
    public String toString() {
        return "EventFilter{startDate=" + startDate + ", endDate=" + endDate + ", priorities=" + prioritiesParameter()
                + ", message=" + message + ", limit=" + limit + "}";
    }

    /** Builds an {@link EventFilter}; not thread-safe. Every setter checks its argument at once. */
    public static final class Builder {
        private LocalDate startDate;
        private LocalDate endDate;
        private final Set<AuditingEventPriority> priorities = new LinkedHashSet<>(ALL_PRIORITIES);
        private String message;
        private int limit = MAX_LIMIT;

        private Builder() {
        }

        /**
         * @param date the first day of the window, UTC, sent as {@code startDate=yyyy-MM-dd}; {@code null} for the
         *     server's default (30 days before the end date)
         * @return this builder
         * @throws IllegalArgumentException if the year is not between 1 and 9999
         */
        public Builder startDate(LocalDate date) {
            this.startDate = checkYear(date, "startDate");
            return this;
        }

        /**
         * @param date the last day of the window, UTC, sent as {@code endDate=yyyy-MM-dd}; {@code null} for the
         *     server's default (today)
         * @return this builder
         * @throws IllegalArgumentException if the year is not between 1 and 9999
         */
        public Builder endDate(LocalDate date) {
            this.endDate = checkYear(date, "endDate");
            return this;
        }

        /**
         * @param first a priority to include
         * @param more further priorities
         * @return this builder, asking for exactly these priorities (sent in the order LOW, MEDIUM, HIGH, CRITICAL,
         *     then any other value in the order given; repeats are dropped)
         * @throws IllegalArgumentException if a priority is null, {@link AuditingEventPriority#EMPTY}, or contains a
         *     comma
         */
        public Builder priorities(AuditingEventPriority first, AuditingEventPriority... more) {
            List<AuditingEventPriority> all = new ArrayList<>();
            all.add(first);
            all.addAll(java.util.Arrays.asList(more));
            return priorities(all);
        }

        /**
         * @param values the priorities to include; at least one
         * @return this builder, asking for exactly these priorities
         * @throws IllegalArgumentException if {@code values} is empty (the server would read that as "HIGH and
         *     CRITICAL only"), or a priority is null, {@link AuditingEventPriority#EMPTY} or contains a comma
         */
        public Builder priorities(Collection<AuditingEventPriority> values) {
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("priorities must name at least one priority (an empty list means"
                        + " HIGH and CRITICAL only to the server); use allPriorities() for all four");
            }
            for (AuditingEventPriority p : values) {
                if (p == null) {
                    throw new IllegalArgumentException("priorities must not contain null");
                }
                if (p.value().isBlank()) {
                    throw new IllegalArgumentException("priorities must not contain the empty priority");
                }
                if (p.value().contains(",")) {
                    throw new IllegalArgumentException("priority '" + p.value() + "' contains a comma");
                }
            }
            priorities.clear();
            for (AuditingEventPriority known : ALL_PRIORITIES) {
                if (values.contains(known)) {
                    priorities.add(known);
                }
            }
            priorities.addAll(values);
            return this;
        }

        /** @return this builder, asking for all four priorities (the default) */
        public Builder allPriorities() {
            priorities.clear();
            priorities.addAll(ALL_PRIORITIES);
            return this;
        }

        /**
         * @param text a case-insensitive substring the event message must contain; {@code null} for none. Only
         *     servers of spec v3.14.0 and later know this filter; older ones ignore it
         * @return this builder
         * @throws IllegalArgumentException if {@code text} is blank
         */
        public Builder message(String text) {
            if (text != null && text.isBlank()) {
                throw new IllegalArgumentException("message must not be blank; pass null for no message filter");
            }
            this.message = text;
            return this;
        }

        /**
         * @param limit events per page, 1 to {@value #MAX_LIMIT}; the default is {@value #MAX_LIMIT}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder limit(int limit) {
            this.limit = checkLimit(limit);
            return this;
        }

        /**
         * @return the filter
         * @throws IllegalArgumentException if the end date is before the start date
         */
        public EventFilter build() {
            if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
                throw new IllegalArgumentException("endDate " + endDate + " is before startDate " + startDate);
            }
            return new EventFilter(this);
        }
    }

    private static LocalDate checkYear(LocalDate date, String name) {
        if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
            throw new IllegalArgumentException(name + " must be between years 1 and 9999, was " + date);
        }
        return date;
    }

    static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return limit;
    }
}
