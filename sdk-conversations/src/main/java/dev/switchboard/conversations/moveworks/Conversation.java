package dev.switchboard.conversations.moveworks;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A record of the {@code conversations} entity. Since April 2026 the entity holds every conversation: the ones users
 * started in a direct message ({@link #isUserInitiated()}) and the system-initiated SysEvents (notifications, ticket
 * and channel interceptions, with and without a bot reach-out; {@link #isSysEvent()}).
 *
 * <p>A typed view over the record's JSON (see {@link JsonModel}): every field may be absent or {@code null}, as the
 * API documents none as required, and the record is written back exactly as the server sent it.
 */
public final class Conversation extends JsonModel {

    /** @param json the record as sent */
    public Conversation(JsonObject json) {
        super(json);
    }

    /** @return the conversation id (12 URL-safe characters) */
    public String id() {
        return id("id");
    }

    /** @return the user's id: a string of up to 20 digits, which does not fit a {@code long} */
    public String userId() {
        return id("user_id");
    }

    /** @return the first interaction, or when the system started the conversation */
    public Instant createdTime() {
        return instant("created_time");
    }

    /** @return when the record last changed */
    public Instant lastUpdatedTime() {
        return instant("last_updated_time");
    }

    /** @return how the conversation started ({@code DM}, {@code Notification}, {@code Channel}, {@code Ticket}) */
    public ConversationRoute route() {
        return openEnum("route", ConversationRoute::of);
    }

    /** @return the detected domain; {@code null} when nothing was classified (always for notifications) */
    public Domain primaryDomain() {
        return openEnum("primary_domain", Domain::of);
    }

    /** @return the SysEvent type; {@code null} for DM conversations and legacy notifications */
    public ConversationType type() {
        return openEnum("type", ConversationType::of);
    }

    /**
     * @return the {@code detail} object as sent, JSON types kept; {@code null} when absent or null. See
     *     {@link #detail()} for the typed view.
     */
    public Map<String, Object> rawDetail() {
        return rawObject("detail");
    }

    /**
     * Whether the system started this conversation: its route is anything but {@code DM}, exactly what
     * {@link Filter#sysEventsOnly()} selects on the server ({@code route ne 'DM'}).
     *
     * @return {@code true} for SysEvents and legacy notifications; {@code false} for DM conversations and for a
     *     record without route
     */
    public boolean isSysEvent() {
        ConversationRoute r = route();
        return r != null && !ConversationRoute.DM.equals(r);
    }

    /**
     * Whether the user started this conversation in a direct message: route {@code DM}, which is what the entity held
     * before April 2026 (see {@link Filter#dmOnly()}).
     *
     * @return whether the route is {@code DM}
     */
    public boolean isUserInitiated() {
        return ConversationRoute.DM.equals(route());
    }

    /**
     * The typed view of {@link #rawDetail()}, chosen by {@link #type()}.
     *
     * @return empty for a conversation without type and detail (DM conversations, legacy notifications); else the
     *     variant for the type, or {@link ConversationDetail.Unknown} (keeping the raw detail) for a type this SDK
     *     version does not know
     */
    public Optional<ConversationDetail> detail() {
        ConversationType type = type();
        if (rawObject("detail") == null) {
            return type == null ? Optional.empty() : Optional.of(ConversationDetail.of(type, null));
        }
        return Optional.of(object("detail", raw -> (ConversationDetail.Variant) ConversationDetail.of(type, raw)));
    }
}
