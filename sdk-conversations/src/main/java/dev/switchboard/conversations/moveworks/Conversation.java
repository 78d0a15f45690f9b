package dev.switchboard.conversations.moveworks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.IsoMillisSerializer;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A record of the {@code conversations} entity. Since April 2026 the entity holds every conversation: the ones users
 * started in a direct message ({@link #isUserInitiated()}) and the system-initiated SysEvents (notifications, ticket
 * and channel interceptions, with and without a bot reach-out; {@link #isSysEvent()}).
 *
 * <p>Every field may be {@code null}: the API documents none as required. Writing the record back with the SDK's JSON
 * configuration reproduces what the server sent, explicit {@code null}s and unknown fields included.
 *
 * @param id the conversation id (12 URL-safe characters)
 * @param userId the user's id: a string of up to 20 digits, which does not fit a {@code long}
 * @param createdTime the first interaction, or when the system started the conversation
 * @param lastUpdatedTime when the record last changed
 * @param route how the conversation started ({@code DM}, {@code Notification}, {@code Channel}, {@code Ticket})
 * @param primaryDomain the detected domain; {@code null} when nothing was classified (always for notifications)
 * @param type the SysEvent type; {@code null} for DM conversations and legacy notifications
 * @param rawDetail the {@code detail} object as sent, JSON types kept; {@code null} when absent or null. See
 *     {@link #detail()} for the typed view.
 * @param extra the fields this SDK version does not model (for example {@code org}), and known fields the server sent
 *     as JSON {@code null}, in the order received; written back as they came
 */
public record Conversation(
        @JsonProperty("id") String id,
        @JsonProperty("user_id") String userId,
        @JsonProperty("created_time") @JsonSerialize(using = IsoMillisSerializer.class) Instant createdTime,
        @JsonProperty("last_updated_time") @JsonSerialize(using = IsoMillisSerializer.class) Instant lastUpdatedTime,
        @JsonProperty("route") ConversationRoute route,
        @JsonProperty("primary_domain") Domain primaryDomain,
        @JsonProperty("type") ConversationType type,
        @JsonProperty("detail") Map<String, Object> rawDetail,
        @JsonAnyGetter Map<String, Object> extra) {

    /**
     * Freezes the maps.
     *
     * @throws IllegalArgumentException if {@code extra} holds a typed field (except as {@code null} while that field
     *     is {@code null})
     */
    public Conversation {
        rawDetail = JsonFields.freezeMap(rawDetail);
        extra = JsonFields.checkedExtra(Conversation.class, extra, "id", id, "user_id", userId, "created_time", createdTime,
                "last_updated_time", lastUpdatedTime, "route", route, "primary_domain", primaryDomain, "type", type,
                "detail", rawDetail);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Conversation fromJson(JsonNode json) throws JsonMappingException {
        JsonFields f = JsonFields.of(Conversation.class, json);
        return new Conversation(f.text("id"), f.text("user_id"), f.instant("created_time"), f.instant("last_updated_time"),
                f.openEnum("route", ConversationRoute::of), f.openEnum("primary_domain", Domain::of),
                f.openEnum("type", ConversationType::of), f.object("detail"), f.extra());
    }

    /**
     * Whether the system started this conversation: it has a SysEvent {@link #type()}, or its route is not
     * {@code DM} (legacy notifications have route {@code Notification} and no type). The same split as
     * {@link Filter#sysEventsOnly()} on the server.
     *
     * @return {@code true} for SysEvents and legacy notifications
     */
    @JsonIgnore
    public boolean isSysEvent() {
        return type != null || !ConversationRoute.DM.equals(route);
    }

    /**
     * Whether the user started this conversation in a direct message: route {@code DM} and no SysEvent type, which is
     * what the entity held before April 2026 (see {@link Filter#dmOnly()}).
     *
     * @return {@code !isSysEvent()}
     */
    @JsonIgnore
    public boolean isUserInitiated() {
        return !isSysEvent();
    }

    /**
     * The typed view of {@link #rawDetail()}, chosen by {@link #type()}.
     *
     * @return empty for a conversation without type and detail (DM conversations, legacy notifications); else the
     *     variant for the type, or {@link ConversationDetail.Unknown} (keeping the raw detail) for a type this SDK
     *     version does not know
     */
    public Optional<ConversationDetail> detail() {
        if (type == null && rawDetail == null) {
            return Optional.empty();
        }
        return Optional.of(ConversationDetail.of(type, rawDetail));
    }
}
