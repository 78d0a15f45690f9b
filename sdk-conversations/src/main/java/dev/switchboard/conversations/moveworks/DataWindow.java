package dev.switchboard.conversations.moveworks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The two dates that bound what the Data API can return, from the SysEvents FAQ: Moveworks keeps {@link #TTL 30 days}
 * of data, and the conversations entity holds SysEvents only from {@link #SYS_EVENTS_START 2026-04-01} (no backfill;
 * before that it holds user-initiated DM conversations only).
 *
 * <p>{@link #warnings} reads the lower bound of a query's window (its {@code created_time} / {@code last_updated_time}
 * {@code ge} / {@code gt} conditions) and says when it starts before either date. A client checks every
 * {@code list} and {@code count} this way, as its {@link WindowCheck} says: log a warning (the default), refuse the
 * query, or say nothing. A query without a lower bound is not checked: it simply returns what the API still has.
 */
public final class DataWindow {
    /** How long the Data API keeps data: records older than this are not returned. */
    public static final Duration TTL = Duration.ofDays(30);
    /** When SysEvents data starts: the conversations entity has none before this instant (no backfill). */
    public static final Instant SYS_EVENTS_START = Instant.parse("2026-04-01T00:00:00Z");

    private static final Set<String> WINDOW_FIELDS = Set.of("created_time", "last_updated_time");

    private DataWindow() {
    }

    /** What a client does when a query's window starts before the TTL or, for conversations, before SysEvents. */
    public enum WindowCheck {
        /** Log a warning on {@code dev.switchboard.moveworks} and send the query (the default). */
        WARN,
        /** Refuse the query with an {@link IllegalArgumentException} before any request. */
        FAIL,
        /** Send the query without a word. */
        IGNORE
    }

    /**
     * @param filter a filter
     * @return the earliest instant the filter admits on {@code created_time} or {@code last_updated_time}: the latest
     *     of the {@code ge} / {@code gt} bounds joined by {@code and}, the earliest of an {@code or} whose every branch
     *     has one; empty when the window is unbounded below
     * @throws NullPointerException if {@code filter} is null
     */
    public static Optional<Instant> lowerBound(Filter filter) {
        Objects.requireNonNull(filter, "filter must not be null");
        if (filter instanceof Filter.Comparison c) {
            boolean lower = c.operator() == Filter.Operator.GE || c.operator() == Filter.Operator.GT;
            return lower && c.value() instanceof Instant i && WINDOW_FIELDS.contains(c.field()) ? Optional.of(i)
                    : Optional.empty();
        }
        if (filter instanceof Filter.And a) {
            Instant max = null;
            for (Filter f : a.operands()) {
                Instant b = lowerBound(f).orElse(null);
                if (b != null && (max == null || b.isAfter(max))) {
                    max = b;
                }
            }
            return Optional.ofNullable(max);
        }
        Instant min = null;
        for (Filter f : ((Filter.Or) filter).operands()) {
            Optional<Instant> b = lowerBound(f);
            if (b.isEmpty()) {
                return Optional.empty();
            }
            if (min == null || b.get().isBefore(min)) {
                min = b.get();
            }
        }
        return Optional.ofNullable(min);
    }

    /**
     * @param entity the entity's path segment, for example {@code conversations}
     * @param query the query
     * @param now the current time
     * @return what is wrong with the query's window, one sentence per problem; empty when it starts within the TTL
     *     (and, for conversations, on or after {@link #SYS_EVENTS_START}) or has no lower bound
     * @throws NullPointerException if an argument is null
     */
    public static List<String> warnings(String entity, ODataQuery query, Instant now) {
        Objects.requireNonNull(entity, "entity must not be null");
        Objects.requireNonNull(query, "query must not be null");
        Objects.requireNonNull(now, "now must not be null");
        Optional<Instant> start = query.filter().flatMap(DataWindow::lowerBound);
        List<String> out = new ArrayList<>();
        if (start.isEmpty()) {
            return out;
        }
        Instant cutoff = now.minus(TTL);
        if (start.get().isBefore(cutoff)) {
            out.add("the " + entity + " query starts at " + start.get() + ", before " + cutoff + ": the Data API keeps"
                    + " 30 days of data (TTL), so older records are not returned");
        }
        if (entity.equals("conversations") && start.get().isBefore(SYS_EVENTS_START)) {
            out.add("the conversations query starts at " + start.get() + ", before " + SYS_EVENTS_START + ": SysEvents"
                    + " are not backfilled, so earlier conversations are user-initiated (DM) ones only");
        }
        return out;
    }
}
